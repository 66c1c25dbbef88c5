package unknown

import (
	"context"
	"strings"

	"example.com/pb"
)

// businessCode classifies by a convention netoutcome cannot infer; the
// test configures it with -classifiers=netoutcome/unknown.businessCode.
func businessCode(err error) int {
	if strings.HasPrefix(err.Error(), "E4") {
		return 4
	}
	return 5
}

// okConfigured: the configured classifier separates the outcomes.
func okConfigured(ctx context.Context, pay pb.PaymentsClient, orders Orders, id string) error {
	if _, err := pay.Charge(ctx, &pb.ChargeRequest{}); err != nil {
		if businessCode(err) == 4 {
			return orders.MarkFailed(ctx, id)
		}
		return err
	}
	return nil
}

// badIgnored is suppressed by a directive with a reason.
func badIgnored(ctx context.Context, pay pb.PaymentsClient, orders Orders, id string) error {
	if _, err := pay.Charge(ctx, &pb.ChargeRequest{}); err != nil {
		//netlint:ignore NL-O3 the processor guarantees no charge on any error
		orders.MarkFailed(ctx, id)
		return err
	}
	return nil
}
