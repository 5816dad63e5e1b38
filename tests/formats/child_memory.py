"""The source of ``peak_mb()`` for the memory-bomb tests' child programs: the child's own peak
resident memory in MB (VmHWM; ``ru_maxrss`` would also count the parent's at the fork, which
Linux keeps across exec)."""

PEAK_MB = '''
import resource as _resource


def peak_mb():
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    return _resource.getrusage(_resource.RUSAGE_SELF).ru_maxrss // 1024
'''
