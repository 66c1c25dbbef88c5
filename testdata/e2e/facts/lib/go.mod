module example.com/e2e/lib

go 1.25
