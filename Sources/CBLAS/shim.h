// OpenBLAS's CBLAS interface. Debian installs cblas.h through the alternatives system in the
// multiarch include folder; pkg-config (openblas) adds .../openblas-pthread to the include path.
#include <cblas.h>
