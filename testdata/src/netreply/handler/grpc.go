package handler

import (
	"context"
	"database/sql"

	"example.com/pb"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

type payments struct {
	pb.UnimplementedPaymentsServer
	db *sql.DB
}

func (p *payments) Charge(ctx context.Context, in *pb.ChargeRequest) (*pb.ChargeReply, error) {
	var id string
	err := p.db.QueryRowContext(ctx, "INSERT INTO charges VALUES ($1) RETURNING id", in.AccountId).Scan(&id)
	if err != nil {
		return &pb.ChargeReply{}, nil // want `handler returns an empty reply and a nil error when sql.DB.QueryRowContext fails`
	}
	return &pb.ChargeReply{PaymentId: id}, nil
}

func (p *payments) GetPayment(ctx context.Context, in *pb.GetPaymentRequest) (*pb.Payment, error) {
	var cents int64
	err := p.db.QueryRowContext(ctx, "SELECT cents FROM charges WHERE id = $1", in.PaymentId).Scan(&cents)
	if err != nil {
		return nil, status.Errorf(codes.Unavailable, "lookup: %v", err) // a failure status
	}
	return &pb.Payment{PaymentId: in.PaymentId, Cents: cents}, nil
}

// notAServer has the method shape but implements no generated server.
type notAServer struct{ db *sql.DB }

func (n *notAServer) Charge(ctx context.Context, in *pb.ChargeRequest) (*pb.ChargeReply, error) {
	if err := n.db.PingContext(ctx); err != nil {
		return &pb.ChargeReply{}, nil
	}
	return nil, nil
}
