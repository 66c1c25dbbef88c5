module example.com/netlint-demo

go 1.25
