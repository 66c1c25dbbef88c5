module example.com/e2e/configured

go 1.25
