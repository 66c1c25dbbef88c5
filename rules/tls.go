package rules

// tlsAPIs lists crypto/tls dials and handshakes. Reads and writes on a
// *tls.Conn are recognised structurally, like those of net.Conn.
var tlsAPIs = []API{
	{Func: "(*crypto/tls.Conn).Handshake", Kind: Dial, Idem: Safe, Flags: NoCtx,
		Note: "bounded only by deadlines set on the conn"},
	{Func: "(*crypto/tls.Conn).HandshakeContext", Kind: Dial, Params: []Role{Ctx}, Idem: Safe},
	{Func: "(*crypto/tls.Dialer).Dial", Kind: Dial, Params: []Role{Network, Addr}, Idem: Safe, Flags: NoCtx,
		Note: "bounded only by the NetDialer's Timeout or Deadline"},
	{Func: "(*crypto/tls.Dialer).DialContext", Kind: Dial, Params: []Role{Ctx, Network, Addr}, Idem: Safe},
	{Func: "crypto/tls.Dial", Kind: Dial, Params: []Role{Network, Addr}, Idem: Safe, Flags: NoCtx},
	{Func: "crypto/tls.DialWithDialer", Kind: Dial, Params: []Role{Other, Network, Addr}, Idem: Safe, Flags: NoCtx,
		Note: "the dialer's Timeout covers the connect and the handshake"},
}
