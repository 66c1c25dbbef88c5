// Package validate holds NL-V5 cases: replies that can validate themselves
// used before they are validated.
package validate

import (
	"context"
	"errors"
	"log"

	"github.com/go-playground/validator/v10"

	"netreply/validate/pricepb"
)

type Cache struct {
	cli    pricepb.PriceClient
	prices map[string]int64
	v      *validator.Validate
}

var errBadReply = errors.New("bad reply")

func (c *Cache) badStore(ctx context.Context, sku string) error {
	out, err := c.cli.GetPrice(ctx, &pricepb.PriceRequest{Sku: sku})
	if err != nil {
		return err
	}
	c.prices[sku] = out.Cents // want `reply of pricepb.PriceClient.GetPrice is stored before out.Validate is called`
	return nil
}

func (c *Cache) okValidateFirst(ctx context.Context, sku string) error {
	out, err := c.cli.GetPrice(ctx, &pricepb.PriceRequest{Sku: sku})
	if err != nil {
		return err
	}
	if err := out.Validate(); err != nil {
		return err
	}
	c.prices[sku] = out.Cents // validated above
	return nil
}

func (c *Cache) okPredicate(ctx context.Context, sku string) error {
	out, err := c.cli.GetPrice(ctx, &pricepb.PriceRequest{Sku: sku})
	if err != nil {
		return err
	}
	if out.GetCents() <= 0 {
		return errBadReply
	}
	c.prices[sku] = out.Cents // the reply's substance was tested above
	return nil
}

func (c *Cache) badReturnField(ctx context.Context, sku string) (int64, error) {
	out, err := c.cli.GetPrice(ctx, &pricepb.PriceRequest{Sku: sku})
	if err != nil {
		return 0, err
	}
	return out.Cents, nil // want `reply of pricepb.PriceClient.GetPrice is returned before out.Validate is called`
}

func (c *Cache) okReturnWhole(ctx context.Context, sku string) (*pricepb.PriceReply, error) {
	out, err := c.cli.GetPrice(ctx, &pricepb.PriceRequest{Sku: sku})
	if err != nil {
		return nil, err
	}
	return out, nil // returned unchanged: the caller's reply to validate
}

func (c *Cache) badForward(ctx context.Context, sku string) error {
	out, err := c.cli.GetPrice(ctx, &pricepb.PriceRequest{Sku: sku})
	if err != nil {
		return err
	}
	_, err = c.cli.GetPrice(ctx, &pricepb.PriceRequest{Sku: out.Sku}) // want `reply of pricepb.PriceClient.GetPrice is sent to pricepb.PriceClient.GetPrice before out.Validate is called`
	return err
}

func (c *Cache) badValidateDropped(ctx context.Context, sku string) error {
	out, err := c.cli.GetPrice(ctx, &pricepb.PriceRequest{Sku: sku})
	if err != nil {
		return err
	}
	out.Validate()            // the error is dropped: nothing was validated
	c.prices[sku] = out.Cents // want `reply of pricepb.PriceClient.GetPrice is stored before`
	return nil
}

func (c *Cache) okEmpty(ctx context.Context) error {
	_, err := c.cli.Ping(ctx, &pricepb.PriceRequest{}) // Empty has no fields to trust
	return err
}

func (c *Cache) okLogged(ctx context.Context, sku string) error {
	out, err := c.cli.GetPrice(ctx, &pricepb.PriceRequest{Sku: sku})
	if err != nil {
		return err
	}
	log.Printf("price of %s: %d", sku, out.Cents) // used only for logging
	return nil
}

func (c *Cache) okPlayground(ctx context.Context, sku string) error {
	out, err := c.cli.GetPrice(ctx, &pricepb.PriceRequest{Sku: sku})
	if err != nil {
		return err
	}
	if err := c.v.Struct(out); err != nil { // go-playground's validator counts
		return err
	}
	c.prices[sku] = out.Cents
	return nil
}

func (c *Cache) okHelper(ctx context.Context, sku string) error {
	out, err := c.cli.GetPrice(ctx, &pricepb.PriceRequest{Sku: sku})
	if err != nil {
		return err
	}
	if err := checkReply(out); err != nil { // the helper validates (fact)
		return err
	}
	c.prices[sku] = out.Cents
	return nil
}

func checkReply(r *pricepb.PriceReply) error { // want checkReply:`reply\(validates=0\)`
	return r.ValidateAll()
}
