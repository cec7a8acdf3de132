# Disk cache fuzzing (libFuzzer + ASan/UBSan, clang only).
#   make fuzz                  FUZZ_TIME seconds (default 300) on a kept corpus
#   make build-fuzz/fuzz_disk_reader
# tests/suite-fuzz.sh runs the same binary for ~20 s inside `make test`.
FUZZ_BUILD ?= build-fuzz
FUZZ_TIME  ?= 300
FUZZ_CC    ?= clang
FUZZ_DISK_SRC := runtime/disk_format.c runtime/kiln_err.c tests/fuzz/fuzz_disk_reader.c

$(FUZZ_BUILD)/fuzz_disk_reader: $(FUZZ_DISK_SRC) runtime/disk.h runtime/disk_format.h runtime/kiln_err.h
	@mkdir -p $(dir $@)
	$(Q)$(FUZZ_CC) -std=c11 -D_GNU_SOURCE -g -O1 -fsanitize=fuzzer,address,undefined \
	  -fno-sanitize-recover=undefined -Iruntime $(shell pkg-config --cflags liblz4 libxxhash) \
	  $(FUZZ_DISK_SRC) -o $@ $(shell pkg-config --libs liblz4 libxxhash)

fuzz: $(FUZZ_BUILD)/fuzz_disk_reader
	@mkdir -p $(FUZZ_BUILD)/corpus-disk $(FUZZ_BUILD)/artifacts/
	KILN_FUZZ_SEEDS=$(FUZZ_BUILD)/corpus-disk $< -max_total_time=$(FUZZ_TIME) -max_len=70000 \
	  -artifact_prefix=$(FUZZ_BUILD)/artifacts/ $(FUZZ_BUILD)/corpus-disk
