build-core/obj/runtime/sched.o: runtime/sched.c runtime/sched.h \
 runtime/kiln_err.h runtime/item.h runtime/queue.h runtime/stats.h
runtime/sched.h:
runtime/kiln_err.h:
runtime/item.h:
runtime/queue.h:
runtime/stats.h:
