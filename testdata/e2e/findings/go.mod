module example.com/e2e/findings

go 1.25
