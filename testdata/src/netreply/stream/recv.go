package stream

import (
	"context"
	"errors"
	"io"
	"log"

	"example.com/pb"
	"google.golang.org/grpc"
)

func badBreak(ctx context.Context, c pb.GreeterClient) ([]string, error) {
	s, err := c.SayHellos(ctx, &pb.HelloRequest{})
	if err != nil {
		return nil, err
	}
	var out []string
	for {
		m, err := s.Recv()
		if err != nil { // want `any Recv error ends the loop as if the stream were done; stop on io.EOF and return other errors`
			break
		}
		out = append(out, m.Message)
	}
	return out, nil
}

func badReturnEOF(ctx context.Context, c pb.GreeterClient, out chan<- string) error {
	s, err := c.SayHellos(ctx, &pb.HelloRequest{})
	if err != nil {
		return err
	}
	for {
		m, err := s.Recv()
		if err != nil { // want `the normal end of the stream \(io.EOF from Recv\) is returned as a failure`
			return err
		}
		out <- m.Message
	}
}

func okEOF(ctx context.Context, c pb.GreeterClient) ([]string, error) {
	s, err := c.SayHellos(ctx, &pb.HelloRequest{})
	if err != nil {
		return nil, err
	}
	var out []string
	for {
		m, err := s.Recv()
		if errors.Is(err, io.EOF) { // the end is told apart from a failure
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		out = append(out, m.Message)
	}
}

func okLogged(ctx context.Context, c pb.GreeterClient) {
	s, err := c.SayHellos(ctx, &pb.HelloRequest{})
	if err != nil {
		return
	}
	for {
		m, err := s.Recv()
		if err != nil {
			log.Printf("stream ended: %v", err) // the error is looked at, not mistaken for the end
			return
		}
		log.Print(m.Message)
	}
}

func badCondLoop(ctx context.Context, c pb.GreeterClient) (n int) {
	s, err := c.SayHellos(ctx, &pb.HelloRequest{})
	if err != nil {
		return 0
	}
	for _, err := s.Recv(); err == nil; _, err = s.Recv() { // want `loop over Recv ends on any error as if the stream were done`
		n++
	}
	return n
}

type chatServer struct{ pb.UnimplementedGreeterServer }

func (chatServer) Chat(stream grpc.BidiStreamingServer[pb.HelloRequest, pb.HelloReply]) error {
	for {
		in, err := stream.Recv()
		if err != nil { // want `the normal end of the stream \(io.EOF from Recv\) is returned as a failure`
			return err
		}
		if err := stream.Send(&pb.HelloReply{Message: in.Name}); err != nil {
			return err
		}
	}
}
