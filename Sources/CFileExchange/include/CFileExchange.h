#ifndef CFILEEXCHANGE_H
#define CFILEEXCHANGE_H

/// Atomically swaps the files at `first` and `second`, both of which must exist: 0 on success,
/// -1 with errno set otherwise (ENOSYS or EINVAL where the system or file system cannot).
int veileder_exchange_files(const char *first, const char *second);

#endif
