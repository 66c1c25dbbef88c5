// Package credentials is a hand-written stub of google.golang.org/grpc/credentials.
package credentials

import (
	"context"
	"net"
)

type AuthInfo interface {
	AuthType() string
}

type ProtocolInfo struct {
	SecurityProtocol string
}

type TransportCredentials interface {
	ClientHandshake(context.Context, string, net.Conn) (net.Conn, AuthInfo, error)
	ServerHandshake(net.Conn) (net.Conn, AuthInfo, error)
	Info() ProtocolInfo
	Clone() TransportCredentials
}
