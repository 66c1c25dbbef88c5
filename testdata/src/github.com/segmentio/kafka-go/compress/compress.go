// Package compress is a hand-written stub of github.com/segmentio/kafka-go/compress.
package compress

type Compression int8

const (
	None   Compression = 0
	Gzip   Compression = 1
	Snappy Compression = 2
	Lz4    Compression = 3
	Zstd   Compression = 4
)
