module example.com/e2e/broken

go 1.25
