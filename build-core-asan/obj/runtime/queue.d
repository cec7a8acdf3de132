build-core-asan/obj/runtime/queue.o: runtime/queue.c runtime/queue.h \
 runtime/item.h runtime/scheduler.h runtime/kiln_err.h
runtime/queue.h:
runtime/item.h:
runtime/scheduler.h:
runtime/kiln_err.h:
