build-core-asan/obj/runtime/stats.o: runtime/stats.c runtime/stats.h
runtime/stats.h:
