build-core/obj/runtime/kiln_err.o: runtime/kiln_err.c runtime/kiln_err.h
runtime/kiln_err.h:
