// Package unknown holds NL-O3 cases: decisions on the error of a call that
// is not idempotent.
package unknown

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"strings"

	"example.com/pb"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

type Orders struct{}

func (Orders) MarkFailed(ctx context.Context, id string) error      { return nil }
func (Orders) MarkPending(ctx context.Context, id string) error     { return nil }
func (Orders) UpdateStatus(ctx context.Context, id, s string) error { return nil }

const StatusFailed = "FAILED"

type Ledger struct{}

func (Ledger) RefundHold(ctx context.Context, id string) error { return nil }

func badMarkFailed(ctx context.Context, pay pb.PaymentsClient, orders Orders, id string) error {
	if _, err := pay.Charge(ctx, &pb.ChargeRequest{}); err != nil {
		orders.MarkFailed(ctx, id) // want `error from pb.PaymentsClient.Charge \(idempotency unknown\) is recorded as failed by unknown.Orders.MarkFailed without separating a timeout \(UNKNOWN outcome\); classify it \(errors.Is\(err, context.DeadlineExceeded\)\) or propagate it`
		return err
	}
	return nil
}

// okClassified: only a positively FATAL error marks the order failed; the
// rest propagates as unknown.
func okClassified(ctx context.Context, pay pb.PaymentsClient, orders Orders, id string) error {
	if _, err := pay.Charge(ctx, &pb.ChargeRequest{}); err != nil {
		if status.Code(err) == codes.InvalidArgument {
			orders.MarkFailed(ctx, id)
			return err
		}
		return fmt.Errorf("charge outcome unknown: %w", err)
	}
	return nil
}

func badStatusConstant(ctx context.Context, c *http.Client, orders Orders, id string) error {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://pay/charge", strings.NewReader("{}"))
	resp, err := c.Do(req)
	if err != nil {
		return orders.UpdateStatus(ctx, id, StatusFailed) // want `error from http.Client.Do \(POST, not idempotent\) is recorded as failed by unknown.Orders.UpdateStatus`
	}
	return resp.Body.Close()
}

type order struct{ Status string }

func badStatusField(ctx context.Context, pay pb.PaymentsClient, o *order) {
	if _, err := pay.Charge(ctx, &pb.ChargeRequest{}); err != nil {
		o.Status = "failed" // want `error from pb.PaymentsClient.Charge \(idempotency unknown\) is recorded as failed by setting o.Status`
	}
}

func badCompensation(ctx context.Context, pay pb.PaymentsClient, l Ledger, id string) error {
	_, err := pay.Charge(ctx, &pb.ChargeRequest{})
	if err != nil {
		l.RefundHold(ctx, id) // want `error from pb.PaymentsClient.Charge \(idempotency unknown\) triggers compensation unknown.Ledger.RefundHold without separating a timeout \(UNKNOWN outcome\); the call may have succeeded`
		return err
	}
	return nil
}

// okPending: recording "pending" is the UNKNOWN-safe decision.
func okPending(ctx context.Context, pay pb.PaymentsClient, orders Orders, id string) error {
	if _, err := pay.Charge(ctx, &pb.ChargeRequest{}); err != nil {
		return orders.MarkPending(ctx, id)
	}
	return nil
}

// okDeadline: the timeout is separated before the order is marked failed.
func okDeadline(ctx context.Context, pay pb.PaymentsClient, orders Orders, id string) error {
	_, err := pay.Charge(ctx, &pb.ChargeRequest{})
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("charge outcome unknown: %w", err)
	}
	if err != nil {
		return orders.MarkFailed(ctx, id)
	}
	return nil
}

// okRead: GetPayment reads (its verb says so), so a timeout may be treated
// as a failure.
func okRead(ctx context.Context, pay pb.PaymentsClient, orders Orders, id string) error {
	if _, err := pay.GetPayment(ctx, &pb.GetPaymentRequest{}); err != nil {
		return orders.MarkFailed(ctx, id)
	}
	return nil
}

// okLogAndGoOn: logging and carrying on is not a decision that the call
// did not happen.
func okLogAndGoOn(ctx context.Context, pay pb.PaymentsClient) {
	if _, err := pay.Charge(ctx, &pb.ChargeRequest{}); err != nil {
		log.Printf("charge: %v", err)
	}
}
