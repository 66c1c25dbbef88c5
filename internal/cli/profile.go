package cli

import (
	"errors"
	"os"
	"runtime"
	"runtime/pprof"
)

// startProfiles starts the CPU profile that -cpuprofile asks for, and
// returns a function that stops it.
func startProfiles(o *options) (stop func() error, err error) {
	var cpu *os.File
	if o.cpuProf != "" {
		if cpu, err = os.Create(o.cpuProf); err != nil {
			return nil, err
		}
		if err := pprof.StartCPUProfile(cpu); err != nil {
			cpu.Close()
			return nil, err
		}
	}
	return func() error {
		if cpu == nil {
			return nil
		}
		pprof.StopCPUProfile()
		return cpu.Close()
	}, nil
}

// writeHeapProfile writes the heap profile that -memprofile asks for. The
// driver calls it while the analysis graph is still reachable, so that the
// in-use figures show what a run holds at its peak; the profile also has
// the allocations of the whole run.
func writeHeapProfile(o *options) error {
	if o.memProf == "" {
		return nil
	}
	f, err := os.Create(o.memProf)
	if err != nil {
		return err
	}
	runtime.GC()
	return errors.Join(pprof.Lookup("allocs").WriteTo(f, 0), f.Close())
}
