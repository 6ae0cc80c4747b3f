#define MULERR_GIT_REVISION "a8b4fd1b39f5-dirty"
