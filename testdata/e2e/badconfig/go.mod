module example.com/e2e/badconfig

go 1.25
