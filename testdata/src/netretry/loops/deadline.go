package loops

import (
	"context"
	"net/http"
	"time"

	"example.com/pb"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

func badBackgroundPerAttempt(ctx context.Context, c pb.PaymentsClient, in *pb.GetPaymentRequest) (*pb.Payment, error) {
	var err error
	for i := 0; i < 3; i++ {
		actx, cancel := context.WithTimeout(context.Background(), time.Second) // nettimeout reports this as NL-T5; not repeated here
		p, e := c.GetPayment(actx, in)                                         // want `retries every error`
		cancel()
		if e == nil {
			return p, nil
		}
		err = e
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(time.Second):
		}
	}
	return nil, err
}

// okDerivedPerAttempt: each attempt's deadline is derived from the
// caller's context.
func okDerivedPerAttempt(ctx context.Context, c pb.PaymentsClient, in *pb.GetPaymentRequest) (*pb.Payment, error) {
	var err error
	for i := 0; i < 3; i++ {
		actx, cancel := context.WithTimeout(ctx, time.Second)
		p, e := c.GetPayment(actx, in)
		cancel()
		if e == nil {
			return p, nil
		}
		if status.Code(e) != codes.Unavailable || ctx.Err() != nil {
			return nil, e
		}
		err = e
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(time.Second):
		}
	}
	return nil, err
}

func badSleepInHandler(w http.ResponseWriter, r *http.Request) {
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequestWithContext(r.Context(), http.MethodGet, "http://backend/health", nil)
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			resp.Body.Close()
			return
		}
		if r.Context().Err() != nil {
			return
		}
		time.Sleep(100 * time.Millisecond) // want `time.Sleep between the attempts of a retry loop around GET to /health cannot be interrupted when r.Context\(\) is cancelled`
	}
}

// okSleepNoCtx: without a caller's context there is nothing to honour.
func okSleepNoCtx(c *http.Client, u string) {
	for i := 0; i < 3; i++ {
		resp, err := c.Get(u)
		if err == nil {
			resp.Body.Close()
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}
