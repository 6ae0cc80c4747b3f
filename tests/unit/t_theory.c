#include "internal.h"
#include "theory.h"
#include "tap.h"
int main(void) { return tap_done(); }
