package rules

// smtpAPIs lists net/smtp. The package takes no context; the methods of
// *smtp.Client are bounded only by deadlines on the conn it was made from.
var smtpAPIs = []API{
	{Func: "(*net/smtp.Client).Auth", Kind: SMTP, Idem: Safe},
	{Func: "(*net/smtp.Client).Close", Kind: SMTP, Idem: Idempotent, Flags: Lifecycle},
	{Func: "(*net/smtp.Client).Data", Kind: SMTP, Idem: NonIdem,
		Note: "the message is accepted when the returned writer is closed; an error there leaves the outcome unknown"},
	{Func: "(*net/smtp.Client).Hello", Kind: SMTP, Idem: Safe},
	{Func: "(*net/smtp.Client).Mail", Kind: SMTP, Idem: Idempotent},
	{Func: "(*net/smtp.Client).Noop", Kind: SMTP, Idem: Safe},
	{Func: "(*net/smtp.Client).Quit", Kind: SMTP, Idem: Idempotent, Flags: Lifecycle},
	{Func: "(*net/smtp.Client).Rcpt", Kind: SMTP, Idem: Idempotent},
	{Func: "(*net/smtp.Client).Reset", Kind: SMTP, Idem: Idempotent},
	{Func: "(*net/smtp.Client).StartTLS", Kind: SMTP, Idem: Safe},
	{Func: "(*net/smtp.Client).Verify", Kind: SMTP, Idem: Safe},
	{Func: "net/smtp.Dial", Kind: SMTP, Params: []Role{Addr}, Idem: Safe, Flags: NoCtx},
	{Func: "net/smtp.SendMail", Kind: SMTP, Params: []Role{Addr}, Idem: NonIdem, Flags: NoCtx,
		Note: "dials, sends and quits with no timeout; a retry after an unknown outcome sends the mail twice"},
}
