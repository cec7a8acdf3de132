# The soak: tests/soak/soak.lua drives one runtime for SOAK_SECONDS with
# random enqueues, duplicate keys, priorities, session bumps (also from
# apply), pump budgets, injected failures, disk and null-GPU types and
# cache hits, then checks drain, accounting, sessions, errors, flat RSS
# and close.
#   make soak                      SOAK_SECONDS (default 180) on $(BUILD)/kiln
#   make soak SOAK_SEED=123        repeat a run's random choices
#   make soak BUILD=build-asan SAN=asan
# tests/suite-soak.sh runs the same script for ~20 s inside `make test`.
SOAK_SECONDS ?= 180
SOAK_SEED    ?=

soak: build
	$(Q)KILN_SOAK_SECONDS=$(SOAK_SECONDS) $(if $(SOAK_SEED),KILN_SOAK_SEED=$(SOAK_SEED)) \
	  KILN_SOAK_DRAIN_S=$${KILN_SOAK_DRAIN_S:-60} BUILD=$(BUILD) SAN=$(SAN) bash tests/suite-soak.sh
