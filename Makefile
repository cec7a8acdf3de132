# kiln: build, test and demo. The two user commands are `make demo` and
# `make test`; both check the Debian packages first (see `deps`).
#
# Variables: BUILD (output dir), SAN (asan | tsan | empty), V=1 for echo.

BUILD ?= build
SAN   ?=
CC    ?= gcc
LUAJIT ?= luajit
BUSTED ?= /usr/bin/busted

# Debian packages the build, the tests, the demo and the benchmarks need.
DEB_PKGS := gcc make pkg-config libluajit-5.1-dev luajit liblz4-dev libxxhash-dev \
            libglfw3-dev python3-glad lua-busted xvfb xauth lua-luv \
            clang libclang-rt-14-dev libpng-dev libfreetype-dev fonts-dejavu-core \
            libgl1-mesa-dri lua-dkjson valgrind love libstb-dev minetest-data \
            libcurl4-openssl-dev nginx-light curl \
            libhiredis-dev redis-server

PKGS        := luajit liblz4 libxxhash glfw3 libpng freetype2 stb libcurl hiredis
# hiredis's pkg-config adds -D_FILE_OFFSET_BITS=64 (a no-op for kiln on 64-bit), which would
# rename pwrite to pwrite64 in the fault shim (tests/faults.mk) that defines both.
PKG_CFLAGS  := $(filter-out -D_FILE_OFFSET_BITS=64,$(shell pkg-config --cflags $(PKGS) 2>/dev/null))
PKG_LIBS    := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
LUAJIT_LIBS := $(shell pkg-config --libs luajit 2>/dev/null)
# The Lua module must not link libluajit: the host (luajit, busted) provides it.
MOD_LIBS    := $(filter-out $(LUAJIT_LIBS),$(PKG_LIBS))

GEN   := $(BUILD)/gen
GLAD  := $(GEN)/glad
WARN  := -Wall -Wextra -Werror -Wno-unused-parameter
OPT   ?= -O2 -g
CFLAGS_BASE = -std=c11 -D_GNU_SOURCE -fPIC -pthread $(WARN) $(OPT) \
              -Iruntime -Ibindings -I$(GEN) -I$(GLAD)/include $(PKG_CFLAGS)

ifeq ($(SAN),asan)
  SANFLAGS := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -DKILN_SANITIZE=1
  OPT := -O1 -g
else ifeq ($(SAN),tsan)
  SANFLAGS := -fsanitize=thread -fno-omit-frame-pointer -DKILN_SANITIZE=1
  OPT := -O1 -g
endif
# Every build (tests, benchmarks, install) checks GL thread affinity on
# every GL call: one TLS load (runtime/gpu.h, KILN_GL_CHECKS).
CFLAGS_ALL = $(CFLAGS_BASE) $(SANFLAGS) -DKILN_GL_CHECKS=1 $(CFLAGS)
LDFLAGS_ALL = -pthread $(SANFLAGS) $(LDFLAGS)

RUNTIME_SRC := $(wildcard runtime/*.c)
BIND_SRC    := $(filter-out bindings/main.c,$(wildcard bindings/*.c))
GLAD_SRC    := $(GLAD)/src/gl.c
RUNTIME_OBJ := $(patsubst %.c,$(BUILD)/obj/%.o,$(RUNTIME_SRC)) $(BUILD)/obj/glad/gl.o
BIND_OBJ    := $(patsubst %.c,$(BUILD)/obj/%.o,$(BIND_SRC))
LIB         := $(BUILD)/libkiln.a

CTEST_SRC  := $(wildcard tests/c/test_*.c)
CTEST_BIN  := $(patsubst tests/c/%.c,$(BUILD)/tests/%,$(CTEST_SRC))
GLTEST_SRC := $(wildcard tests/gl/test_*.c)
GLTEST_BIN := $(patsubst tests/gl/%.c,$(BUILD)/tests/%,$(GLTEST_SRC))
TOOL_SRC   := $(wildcard tests/tools/*.c)
TOOL_BIN   := $(patsubst tests/tools/%.c,$(BUILD)/tools/%,$(TOOL_SRC))
BENCH_SRC  := $(wildcard tests/bench/*.c)
BENCH_BIN  := $(patsubst tests/bench/%.c,$(BUILD)/bench/%,$(BENCH_SRC))

ifneq ($(V),1)
  Q := @
endif

.PHONY: install all build deps test test-run demo demo-run bench bench-run bench-quick bench-quick-run check-asan check-tsan \
        fuzz clean ctests gltests specs tools soak
.DEFAULT_GOAL := all

# ---------------------------------------------------------------- set-up --
# Checks the Debian packages; as root installs the missing ones, otherwise
# prints the one apt-get line to run and stops.
deps:
	@missing=""; for p in $(DEB_PKGS); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "kiln deps: installing$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null || exit 1; \
	  else \
	    echo "kiln deps: missing Debian packages. Run:"; \
	    echo "  sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

all: deps
	$(Q)$(MAKE) --no-print-directory build

build: $(BUILD)/kiln $(BUILD)/kiln.so

# ---------------------------------------------------------------- build --
$(GLAD)/src/gl.c:
	@mkdir -p $(GLAD)
	$(Q)glad --quiet --reproducible --api gl:core=4.5 \
	  --extensions GL_ARB_buffer_storage,GL_KHR_debug --out-path $(GLAD) c --debug >/dev/null 2>&1 \
	  || { echo "glad: could not generate the GL loader (is python3-glad installed?)"; exit 1; }
$(GLAD)/include/glad/gl.h: $(GLAD)/src/gl.c

# Every bindings/*.lua is compiled to bytecode in a header; the module's
# parts (kiln_*.lua) are gathered in one header for lkiln.c.
LUA_SRC     := $(wildcard bindings/*.lua)
LUA_PARTS   := $(patsubst bindings/%.lua,$(GEN)/%_lua.h,$(wildcard bindings/kiln_*.lua))
LUA_BC      := $(patsubst bindings/%.lua,$(GEN)/%_lua.h,$(LUA_SRC))
LUA_HEADERS := $(LUA_BC) $(GEN)/kiln_lua_parts.h
# A static pattern rule: make does not chain a plain pattern rule into the
# prerequisites of the %.o rules below.
$(LUA_BC): $(GEN)/%_lua.h: bindings/%.lua
	@mkdir -p $(GEN)
	$(Q)$(LUAJIT) -b -g -t h $< $@.tmp && mv $@.tmp $@
$(GEN)/kiln_lua_parts.h: $(LUA_PARTS)
	$(Q)for h in $(notdir $^); do echo "#include \"$$h\""; done > $@.tmp && mv $@.tmp $@

# The flags every object was built with: a change of OPT, SAN, CC or
# CFLAGS rebuilds them all (make tracks times, not flags: a benchmark must
# never run on objects left by a build with assertions on). The stamp is
# rewritten only when its text differs, read and written by make itself
# (no shell quoting), so a make that runs a sub-make (all, install) does
# not rebuild what the sub-make built.
FLAGS_STAMP := $(BUILD)/obj/.flags
FLAGS_NOW   := $(CC) $(CFLAGS_ALL) | $(LDFLAGS_ALL)
same_text    = $(and $(findstring x$(1)x,x$(2)x),$(findstring x$(2)x,x$(1)x))
.PHONY: FORCE
FORCE:
$(FLAGS_STAMP): FORCE
	$(if $(call same_text,$(FLAGS_NOW),$(file <$@)),,$(shell mkdir -p $(dir $@))$(file >$@,$(FLAGS_NOW)))@:

$(BUILD)/obj/glad/gl.o: $(GLAD)/src/gl.c $(FLAGS_STAMP)
	@mkdir -p $(dir $@)
	$(Q)$(CC) -std=c11 -fPIC -O2 -g $(SANFLAGS) -I$(GLAD)/include -c $< -o $@

$(BUILD)/obj/bindings/%.o: bindings/%.c $(GLAD)/include/glad/gl.h $(LUA_HEADERS) $(FLAGS_STAMP)
	@mkdir -p $(dir $@)
	@echo "  CC $<"
	$(Q)$(CC) $(CFLAGS_ALL) -MMD -MP -c $< -o $@

$(BUILD)/obj/%.o: %.c $(GLAD)/include/glad/gl.h $(FLAGS_STAMP)
	@mkdir -p $(dir $@)
	@echo "  CC $<"
	$(Q)$(CC) $(CFLAGS_ALL) -MMD -MP -c $< -o $@

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)

$(LIB): $(RUNTIME_OBJ)
	$(Q)rm -f $@ && ar rcs $@ $^

$(BUILD)/kiln.so: $(BIND_OBJ) $(LIB)
	$(Q)$(CC) -shared -o $@ $(BIND_OBJ) $(LIB) $(LDFLAGS_ALL) $(MOD_LIBS) -ldl -lm

$(BUILD)/kiln: $(BUILD)/obj/bindings/main.o $(BIND_OBJ) $(LIB)
	$(Q)$(CC) -o $@ $^ $(LDFLAGS_ALL) -Wl,-E $(PKG_LIBS) -ldl -lm

$(BUILD)/tests/%: tests/c/%.c $(LIB) tests/c/ktest.h tests/c/sched_keys_harness.h tests/c/sched_harness.h
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(CFLAGS_ALL) -Itests/c -o $@ $< $(LIB) $(LDFLAGS_ALL) $(PKG_LIBS) -ldl -lm

# A host loading kiln.so as a module: the test links LuaJIT only (not
# libkiln), and needs the module built.
$(BUILD)/tests/test_module_unload: tests/c/test_module_unload.c $(BUILD)/kiln.so tests/c/ktest.h
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(CFLAGS_ALL) -Itests/c -o $@ $< $(LDFLAGS_ALL) $(LUAJIT_LIBS) -ldl -lm

# The worker states' allocator is binding code: its test links that object.
$(BUILD)/tests/test_lalloc: tests/c/test_lalloc.c $(BUILD)/obj/bindings/lkiln_alloc.o tests/c/ktest.h
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(CFLAGS_ALL) -Itests/c -o $@ $< $(BUILD)/obj/bindings/lkiln_alloc.o $(LDFLAGS_ALL) $(PKG_LIBS) -ldl -lm

$(BUILD)/tests/%: tests/gl/%.c $(LIB) tests/c/ktest.h
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(CFLAGS_ALL) -Itests/c -o $@ $< $(LIB) $(LDFLAGS_ALL) $(PKG_LIBS) -ldl -lm

$(BUILD)/tools/%: tests/tools/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(CFLAGS_ALL) -Itests/c -o $@ $< $(LIB) $(LDFLAGS_ALL) $(PKG_LIBS) -ldl -lm

$(BUILD)/bench/%: tests/bench/%.c $(LIB) $(BIND_OBJ)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(CFLAGS_ALL) -Itests/c -o $@ $< $(BIND_OBJ) $(LIB) $(LDFLAGS_ALL) -Wl,-E $(PKG_LIBS) -ldl -lm

# ---------------------------------------------------------------- tests --
# tests/run-suites.sh runs each suite, keeps its summary line and ends with
# one "total: N passed, N failed" line; it exits nonzero on any failure.
test: deps
	$(Q)$(MAKE) --no-print-directory test-run

test-run: build $(CTEST_BIN) $(GLTEST_BIN) $(TOOL_BIN)
	$(Q)BUILD=$(BUILD) SAN=$(SAN) LUAJIT=$(LUAJIT) BUSTED=$(BUSTED) bash tests/run-suites.sh

check-asan: deps
	$(Q)$(MAKE) --no-print-directory BUILD=build-asan SAN=asan test-run

check-tsan: deps
	$(Q)$(MAKE) --no-print-directory BUILD=build-tsan SAN=tsan test-run

# ---------------------------------------------------------------- demo --
demo: deps
	$(Q)$(MAKE) --no-print-directory demo-run

demo-run: build
	$(Q)BUILD=$(BUILD) bash tests/run-demo.sh

# ---------------------------------------------------------------- bench --
# Benchmarks build without assertions in a directory of their own, so
# neither they nor make test rebuild the other's objects.
BENCH_BUILD ?= build-bench
bench: deps
	$(Q)$(MAKE) --no-print-directory BUILD=$(BENCH_BUILD) OPT="-O2 -g -DNDEBUG" bench-run

bench-run: build $(BENCH_BIN)
	$(Q)BUILD=$(BUILD) LUAJIT=$(LUAJIT) bash tests/bench/run.sh

# The throughput lines alone (3 interleaved runs of 20,000 items, as many
# items as make bench, which runs 5): under a minute.
bench-quick: deps
	$(Q)$(MAKE) --no-print-directory BUILD=$(BENCH_BUILD) OPT="-O2 -g -DNDEBUG" bench-quick-run

bench-quick-run: build $(BUILD)/bench/cpool
	$(Q)BUILD=$(BUILD) LUAJIT=$(LUAJIT) KILN_BENCH_QUICK=1 bash tests/bench/run.sh

# ---------------------------------------------------------------- install --
# make install PREFIX=/usr/local: libkiln.a (the runtime and the Lua
# bindings, for engines that link kiln into their own LuaJIT host), kiln.so
# (a Lua C module for luajit and LÖVE), the kiln host, kiln.h and kiln.pc.
PREFIX  ?= /usr/local
DESTDIR ?=
FULL_LIB := $(BUILD)/libkiln-full.a
$(FULL_LIB): $(RUNTIME_OBJ) $(BIND_OBJ)
	$(Q)rm -f $@ && ar rcs $@ $^

install: all $(FULL_LIB)
	$(Q)install -d $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/include \
	  $(DESTDIR)$(PREFIX)/lib/lua/5.1 $(DESTDIR)$(PREFIX)/bin
	$(Q)install -m 644 $(FULL_LIB) $(DESTDIR)$(PREFIX)/lib/libkiln.a
	$(Q)install -m 755 $(BUILD)/kiln.so $(DESTDIR)$(PREFIX)/lib/lua/5.1/kiln.so
	$(Q)install -m 755 $(BUILD)/kiln $(DESTDIR)$(PREFIX)/bin/kiln
	$(Q)install -m 644 bindings/kiln.h $(DESTDIR)$(PREFIX)/include/kiln.h
	$(Q)sed -e 's|@PREFIX@|$(PREFIX)|' bindings/kiln.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/kiln.pc
	@echo "kiln installed under $(DESTDIR)$(PREFIX)"

clean:
	rm -rf build build-asan build-tsan build-fuzz build-bench

# Module-specific targets (fuzzing, soaks) live beside their tests.
-include $(wildcard tests/*.mk)
