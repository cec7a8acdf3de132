# kiln trace: its tests alone (plain, ASan+UBSan, TSan) and its cost benchmark,
# each in its own build dir, so other modules' work in progress does not matter.
#   make trace-test     test_trace three ways
#   make trace-bench    build-trace-bench/bench/trace_cost [events per case]
#   make trace-clean
TRACE_SRC := runtime/kiln_err.c runtime/trace.c runtime/trace_write.c

.PHONY: trace-test trace-bench trace-clean
trace-test:
	$(Q)for s in "" asan tsan; do b=build-trace$${s:+-$$s}; \
	  $(MAKE) --no-print-directory BUILD=$$b SAN=$$s RUNTIME_SRC="$(TRACE_SRC)" \
	    $$b/tests/test_trace >/dev/null && printf '%-6s' "$${s:-plain}" && ./$$b/tests/test_trace || exit 1; \
	done

trace-bench:
	$(Q)$(MAKE) --no-print-directory BUILD=build-trace-bench OPT="-O2 -g -DNDEBUG" BIND_SRC= \
	  RUNTIME_SRC="$(TRACE_SRC)" build-trace-bench/bench/trace_cost >/dev/null
	$(Q)./build-trace-bench/bench/trace_cost

trace-clean:
	rm -rf build-trace build-trace-asan build-trace-tsan build-trace-bench
