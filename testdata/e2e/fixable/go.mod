module example.com/e2e/fixable

go 1.25
