#ifndef CONSULT_BOARD_CPOSIX_SHIM_H
#define CONSULT_BOARD_CPOSIX_SHIM_H
// The few GNU extensions of glibc that starting a child process safely needs. Swift's Glibc module is built
// without _GNU_SOURCE, so glibc's headers hide these; they are declared here as glibc defines them (defining
// _GNU_SOURCE instead would change other declarations, such as fd_set, and clash with the Glibc module).
// Used only by Sources/ConsultBoard/System/ChildProcess.swift.
#include <fcntl.h>
#include <spawn.h>
#include <unistd.h>

extern int pipe2(int fds[2], int flags);
extern int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t *actions, const char *path);
extern int posix_spawn_file_actions_addclosefrom_np(posix_spawn_file_actions_t *actions, int from);

/// A pipe whose two ends close on exec, created atomically (so no other thread's child can inherit them).
static inline int cb_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }

/// The child starts in `directory` (glibc 2.29 and later).
static inline int cb_spawn_add_chdir(posix_spawn_file_actions_t *actions, const char *directory) {
    return posix_spawn_file_actions_addchdir_np(actions, directory);
}

/// The child closes every descriptor from `lowest` up before it runs (glibc 2.34 and later).
static inline int cb_spawn_add_close_from(posix_spawn_file_actions_t *actions, int lowest) {
    return posix_spawn_file_actions_addclosefrom_np(actions, lowest);
}

#endif
