module example.com/e2e/vendored

go 1.25

require example.com/vlib v0.0.0
