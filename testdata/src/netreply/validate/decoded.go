package validate

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
)

// Quote validates itself; replies decoded into it must be validated.
type Quote struct {
	Symbol string
	Price  float64
}

func (q *Quote) Validate() error {
	if q.Symbol == "" {
		return errors.New("empty quote")
	}
	return nil
}

// Account has a validator declared by annotation.
type Account struct{ ID string }

//netlint:validator
func (a *Account) Check() error {
	if a.ID == "" {
		return errors.New("empty account")
	}
	return nil
}

type Book struct {
	last    Quote
	account *Account
}

func read(c *http.Client, url string) ([]byte, error) {
	resp, err := c.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, errors.New(resp.Status)
	}
	return io.ReadAll(io.LimitReader(resp.Body, 1<<20))
}

func (b *Book) badDecoded(c *http.Client, url string) error {
	body, err := read(c, url)
	if err != nil {
		return err
	}
	var q Quote
	if err := json.Unmarshal(body, &q); err != nil {
		return err
	}
	b.last = q // want `reply decoded by json.Unmarshal is stored before q.Validate is called`
	return nil
}

func (b *Book) okDecoded(c *http.Client, url string) error {
	body, err := read(c, url)
	if err != nil {
		return err
	}
	var q Quote
	if err := json.Unmarshal(body, &q); err != nil {
		return err
	}
	if err := q.Validate(); err != nil {
		return err
	}
	b.last = q
	return nil
}

func (b *Book) badAnnotated(c *http.Client, url string) error {
	body, err := read(c, url)
	if err != nil {
		return err
	}
	a := &Account{}
	if err := json.Unmarshal(body, a); err != nil {
		return err
	}
	b.account = a // want `reply decoded by json.Unmarshal is stored before a.Check is called`
	return nil
}

func (b *Book) okAnnotated(c *http.Client, url string) error {
	body, err := read(c, url)
	if err != nil {
		return err
	}
	a := &Account{}
	if err := json.Unmarshal(body, a); err != nil {
		return err
	}
	if err := a.Check(); err != nil { // the annotated validator
		return err
	}
	b.account = a
	return nil
}
