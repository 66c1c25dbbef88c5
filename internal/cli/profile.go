package cli

import (
	"errors"
	"os"
	"runtime"
	"runtime/pprof"
)

// startProfiles starts the CPU profile that -cpuprofile asks for, and
// returns a function that stops it and writes the heap profile that
// -memprofile asks for. The heap profile is taken while the analysis
// results are still reachable, so it shows what the run holds at its end.
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
		var errs []error
		if cpu != nil {
			pprof.StopCPUProfile()
			errs = append(errs, cpu.Close())
		}
		if o.memProf != "" {
			f, err := os.Create(o.memProf)
			if err != nil {
				return errors.Join(append(errs, err)...)
			}
			runtime.GC()
			errs = append(errs, pprof.Lookup("allocs").WriteTo(f, 0), f.Close())
		}
		return errors.Join(errs...)
	}, nil
}
