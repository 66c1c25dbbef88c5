module example.com/e2e/facts

go 1.25

require example.com/e2e/lib v0.0.0

replace example.com/e2e/lib => ./lib
