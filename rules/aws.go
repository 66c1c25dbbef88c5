package rules

import (
	"go/types"
	"strings"
)

// awsAPIs lists AWS SDK v2 calls that are not recognised structurally.
// Service operations ((*<svc>.Client).Op(ctx, *OpInput, ...func(*Options))),
// paginators' NextPage and waiters' Wait are; config.LoadDefaultConfig and
// <svc>.NewFromConfig do no I/O and are listed by [Constructor].
//
// Facts read in github.com/aws/aws-sdk-go-v2 v1.48.0 (service/s3
// v1.114.9, service/ec2 v1.344.2, service/dynamodb v1.73.2): the default
// retryer (retry.Standard) makes 3 attempts with at most 20s of backoff and
// a 500-token retry bucket; unset idempotency-token members (EC2
// ClientToken, DynamoDB ClientRequestToken) are filled with a random value
// by an Initialize-step middleware, once per operation call, so SDK retries
// reuse it but application-level retries do not. There is no default
// operation timeout.
var awsAPIs = []API{}

// isAWSPager recognises (*<svc>.XPaginator).NextPage(ctx, ...func(*Options))
// and (*<svc>.XWaiter).Wait(ctx, *Input, time.Duration, ...func(*XWaiterOptions)).
func isAWSPager(fn *types.Func, sig *types.Signature) bool {
	if !strings.HasPrefix(fn.Pkg().Path(), awsServicePrefix) || sig.Recv() == nil || !sig.Variadic() {
		return false
	}
	n := namedOf(sig.Recv().Type())
	if n == nil || n.Obj().Pkg() != fn.Pkg() {
		return false
	}
	p := sig.Params()
	switch {
	case fn.Name() == "NextPage" && strings.HasSuffix(n.Obj().Name(), "Paginator"):
		return p.Len() == 2 && isContext(p.At(0).Type())
	case fn.Name() == "Wait" && strings.HasSuffix(n.Obj().Name(), "Waiter"):
		return p.Len() == 4 && isContext(p.At(0).Type()) && isNamed(p.At(2).Type(), "time", "Duration")
	}
	return false
}

func awsPager(fn *types.Func) *API {
	a := &API{Func: fn.FullName(), Kind: AWS, Params: []Role{Ctx}, Idem: Safe, Flags: Retries}
	if fn.Name() == "Wait" {
		a.Params = []Role{Ctx, Request, Timeout}
	}
	return a
}
