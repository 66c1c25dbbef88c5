module example.com/e2e/awkward

go 1.25
