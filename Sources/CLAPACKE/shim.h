// LAPACKE, the C interface to LAPACK. Debian's OpenBLAS is built without LAPACKE, so liblapacke
// is linked beside it.
#include <lapacke.h>
