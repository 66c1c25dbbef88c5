// Package grpc is a hand-written stub of google.golang.org/grpc (v1.85.0
// signatures) for netlint's tests.
package grpc

import (
	"context"
	"net"
	"time"

	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/keepalive"
)

const SupportPackageIsVersion9 = true

type DialOption interface{ applyDial() }

type CallOption interface{ applyCall() }

type ServerOption interface{ applyServer() }

type EmptyDialOption struct{}

func (EmptyDialOption) applyDial() {}

type EmptyCallOption struct{}

func (EmptyCallOption) applyCall() {}

type EmptyServerOption struct{}

func (EmptyServerOption) applyServer() {}

type ClientConn struct{}

type ClientConnInterface interface {
	Invoke(ctx context.Context, method string, args any, reply any, opts ...CallOption) error
	NewStream(ctx context.Context, desc *StreamDesc, method string, opts ...CallOption) (ClientStream, error)
}

func NewClient(target string, opts ...DialOption) (conn *ClientConn, err error) {
	return &ClientConn{}, nil
}

func Dial(target string, opts ...DialOption) (*ClientConn, error) { return &ClientConn{}, nil }

func DialContext(ctx context.Context, target string, opts ...DialOption) (conn *ClientConn, err error) {
	return &ClientConn{}, nil
}

func (cc *ClientConn) Invoke(ctx context.Context, method string, args, reply any, opts ...CallOption) error {
	return nil
}

func (cc *ClientConn) NewStream(ctx context.Context, desc *StreamDesc, method string, opts ...CallOption) (ClientStream, error) {
	return nil, nil
}

func (cc *ClientConn) Connect() {}

func (cc *ClientConn) Close() error { return nil }

func WithBlock() DialOption { return EmptyDialOption{} }

func WithTimeout(d time.Duration) DialOption { return EmptyDialOption{} }

func WithTransportCredentials(creds credentials.TransportCredentials) DialOption {
	return EmptyDialOption{}
}

func WithKeepaliveParams(kp keepalive.ClientParameters) DialOption { return EmptyDialOption{} }

func WithDefaultServiceConfig(s string) DialOption { return EmptyDialOption{} }

func WithUnaryInterceptor(f UnaryClientInterceptor) DialOption { return EmptyDialOption{} }

func WithChainUnaryInterceptor(interceptors ...UnaryClientInterceptor) DialOption {
	return EmptyDialOption{}
}

func WithStreamInterceptor(f StreamClientInterceptor) DialOption { return EmptyDialOption{} }

func WaitForReady(waitForReady bool) CallOption { return EmptyCallOption{} }

func MaxCallRecvMsgSize(bytes int) CallOption { return EmptyCallOption{} }

func StaticMethod() CallOption { return EmptyCallOption{} }

type UnaryInvoker func(ctx context.Context, method string, req, reply any, cc *ClientConn, opts ...CallOption) error

type UnaryClientInterceptor func(ctx context.Context, method string, req, reply any, cc *ClientConn, invoker UnaryInvoker, opts ...CallOption) error

type Streamer func(ctx context.Context, desc *StreamDesc, cc *ClientConn, method string, opts ...CallOption) (ClientStream, error)

type StreamClientInterceptor func(ctx context.Context, desc *StreamDesc, cc *ClientConn, method string, streamer Streamer, opts ...CallOption) (ClientStream, error)

type UnaryServerInfo struct {
	Server     any
	FullMethod string
}

type UnaryHandler func(ctx context.Context, req any) (any, error)

type UnaryServerInterceptor func(ctx context.Context, req any, info *UnaryServerInfo, handler UnaryHandler) (resp any, err error)

type Server struct{}

func NewServer(opt ...ServerOption) *Server { return &Server{} }

func KeepaliveParams(kp keepalive.ServerParameters) ServerOption { return EmptyServerOption{} }

func MaxRecvMsgSize(m int) ServerOption { return EmptyServerOption{} }

func UnaryInterceptor(i UnaryServerInterceptor) ServerOption { return EmptyServerOption{} }

func (s *Server) RegisterService(sd *ServiceDesc, ss any) {}

func (s *Server) Serve(lis net.Listener) error { return nil }

func (s *Server) Stop() {}

func (s *Server) GracefulStop() {}

type ServiceRegistrar interface {
	RegisterService(desc *ServiceDesc, impl any)
}

type MethodHandler func(srv any, ctx context.Context, dec func(any) error, interceptor UnaryServerInterceptor) (any, error)

type MethodDesc struct {
	MethodName string
	Handler    MethodHandler
}

type ServiceDesc struct {
	ServiceName string
	HandlerType any
	Methods     []MethodDesc
	Streams     []StreamDesc
	Metadata    any
}

type StreamHandler func(srv any, stream ServerStream) error

type StreamDesc struct {
	StreamName    string
	Handler       StreamHandler
	ServerStreams bool
	ClientStreams bool
}
