/* `kiln cache ls|verify|gc [dir]` as a stand-alone tool, for tests and for
 * use before the main binary grows the subcommand. */
#include "disk.h"

int main(int argc, char **argv) { return kiln_disk_cli(argc - 1, argv + 1); }
