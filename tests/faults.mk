# LD_PRELOAD fault-injection shim for the runtime-level disk specs
# (tests/spec/disk_spec.lua runs `kiln` children with it). Built without
# sanitizer flags: an interposer must not pull in a second sanitizer runtime.
#   make build/tools/kiln_faultshim.so
FAULTSHIM := $(BUILD)/tools/kiln_faultshim.so

$(FAULTSHIM): tests/tools/shim/kiln_faultshim.c $(FLAGS_STAMP)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(CFLAGS_BASE) -shared -o $@ $< -ldl

test-run: $(FAULTSHIM)
