module example.com/e2e/unresolved

go 1.25
