build-core/obj/runtime/scheduler.o: runtime/scheduler.c \
 runtime/scheduler.h runtime/kiln_err.h runtime/item.h runtime/queue.h \
 runtime/stats.h
runtime/scheduler.h:
runtime/kiln_err.h:
runtime/item.h:
runtime/queue.h:
runtime/stats.h:
