// Package reply holds NL-O5 cases: downstream errors answered with replies
// that blame the client.
package reply

import (
	"context"
	"errors"
	"net/http"

	"example.com/pb"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

type Handler struct {
	hc  *http.Client
	pay pb.PaymentsClient
}

func (h *Handler) badBadRequest(w http.ResponseWriter, r *http.Request) {
	req, _ := http.NewRequestWithContext(r.Context(), http.MethodPost, "http://inventory/reserve", nil)
	resp, err := h.hc.Do(req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest) // want `error from http.Client.Do is answered with 400 Bad Request without classifying it, so a downstream timeout or outage tells the client its request is at fault; classify it or answer 502, 503 or 504`
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handler) badWriteHeader(w http.ResponseWriter, r *http.Request) {
	if _, err := h.pay.GetPayment(r.Context(), &pb.GetPaymentRequest{}); err != nil {
		w.WriteHeader(http.StatusNotFound) // want `error from pb.PaymentsClient.GetPayment is answered with 404 Not Found without classifying it`
		return
	}
}

// okBadGateway: a 5xx keeps the class UNKNOWN.
func (h *Handler) okBadGateway(w http.ResponseWriter, r *http.Request) {
	req, _ := http.NewRequestWithContext(r.Context(), http.MethodPost, "http://inventory/reserve", nil)
	resp, err := h.hc.Do(req)
	if err != nil {
		http.Error(w, "inventory unavailable", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}

// okClassified: 404 only for a downstream NotFound.
func (h *Handler) okClassified(w http.ResponseWriter, r *http.Request) {
	if _, err := h.pay.GetPayment(r.Context(), &pb.GetPaymentRequest{}); err != nil {
		if status.Code(err) == codes.NotFound {
			w.WriteHeader(http.StatusNotFound)
			return
		}
		w.WriteHeader(http.StatusBadGateway)
	}
}

// okTooMany: 429 says "try later", not "your request is wrong".
func (h *Handler) okTooMany(w http.ResponseWriter, r *http.Request) {
	if _, err := h.pay.Charge(r.Context(), &pb.ChargeRequest{}); err != nil {
		http.Error(w, "busy", http.StatusTooManyRequests)
	}
}

type Server struct {
	pb.UnimplementedPaymentsServer
	downstream pb.PaymentsClient
}

func (s *Server) Charge(ctx context.Context, in *pb.ChargeRequest) (*pb.ChargeReply, error) {
	out, err := s.downstream.Charge(ctx, in)
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error()) // want `error from pb.PaymentsClient.Charge is answered with codes.InvalidArgument without classifying it, so a downstream timeout or outage tells the client its request is at fault; classify it or answer codes.Unavailable, codes.Internal or codes.DeadlineExceeded`
	}
	return out, nil
}

// GetPayment propagates the downstream status: the class is preserved.
func (s *Server) GetPayment(ctx context.Context, in *pb.GetPaymentRequest) (*pb.Payment, error) {
	p, err := s.downstream.GetPayment(ctx, in)
	if err != nil {
		return nil, err
	}
	return p, nil
}

var errDeclined = errors.New("declined")

// okInternal: an unclassified error becomes codes.Internal.
func (s *Server) okInternal(ctx context.Context, in *pb.ChargeRequest) error {
	if _, err := s.downstream.Charge(ctx, in); err != nil {
		return status.Error(codes.Internal, err.Error())
	}
	return nil
}

// okClassifiedGRPC: FailedPrecondition only for the downstream's own.
func (s *Server) okClassifiedGRPC(ctx context.Context, in *pb.ChargeRequest) error {
	if _, err := s.downstream.Charge(ctx, in); err != nil {
		if errors.Is(err, errDeclined) {
			return status.Error(codes.FailedPrecondition, "declined")
		}
		return err
	}
	return nil
}
