package unknown

import (
	"context"
	"log"

	"example.com/pb"
)

func badSwallowReturnNil(ctx context.Context, pay pb.PaymentsClient) error {
	if _, err := pay.Charge(ctx, &pb.ChargeRequest{}); err != nil {
		log.Printf("charge: %v", err)
		return nil // want `error from pb.PaymentsClient.Charge \(idempotency unknown\) is swallowed \(return nil\) as if the call did not happen`
	}
	return nil
}

func badSwallowContinue(ctx context.Context, pay pb.PaymentsClient, reqs []*pb.ChargeRequest) {
	for _, r := range reqs {
		if _, err := pay.Charge(ctx, r); err != nil {
			log.Print(err)
			continue // want `error from pb.PaymentsClient.Charge \(idempotency unknown\) is swallowed \(continue\)`
		}
	}
}

// okRetryLoop: continue in a loop that repeats the same call is a retry,
// which NL-R1 checks.
func okRetryLoop(ctx context.Context, pay pb.PaymentsClient, r *pb.ChargeRequest) {
	for i := 0; i < 3; i++ {
		if _, err := pay.Charge(ctx, r); err != nil {
			continue
		}
		break
	}
}

// okHandedOff: the error goes to a function netoutcome cannot see.
func okHandedOff(ctx context.Context, pay pb.PaymentsClient, report func(error)) error {
	if _, err := pay.Charge(ctx, &pb.ChargeRequest{}); err != nil {
		report(err)
		return nil
	}
	return nil
}

// okFireAndForget: the call is deliberately unconfirmed.
func okFireAndForget(ctx context.Context, pay pb.PaymentsClient) error {
	//netlint:fireandforget
	if _, err := pay.Charge(ctx, &pb.ChargeRequest{}); err != nil {
		return nil
	}
	return nil
}

// okStored: the error is kept for the caller.
func okStored(ctx context.Context, pay pb.PaymentsClient, reqs []*pb.ChargeRequest) (errs []error) {
	for _, r := range reqs {
		if _, err := pay.Charge(ctx, r); err != nil {
			errs = append(errs, err)
			continue
		}
	}
	return errs
}

func badFallback(ctx context.Context, primary, backup pb.PaymentsClient, r *pb.ChargeRequest) error {
	if _, err := primary.Charge(ctx, r); err != nil {
		_, err = backup.Charge(ctx, r) // want `error from pb.PaymentsClient.Charge \(idempotency unknown\) falls back to pb.PaymentsClient.Charge without separating a timeout \(UNKNOWN outcome\), so both may take effect`
		return err
	}
	return nil
}
