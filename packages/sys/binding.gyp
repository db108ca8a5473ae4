{
  "targets": [
    {
      "target_name": "amber_sys",
      "sources": [
        "native/addon.cc",
        "native/anonfd_ops.cc",
        "native/errors.cc",
        "native/fd_ops.cc",
        "native/proc_ops.cc",
        "native/ptrace_ops.cc",
        "native/spawn.cc",
        "native/socket_ops.cc",
        "native/mem_ops.cc",
        "native/tty_ops.cc",
        "native/creds_ops.cc",
        "native/hash_ops.cc",
        "native/seccomp_ops.cc",
        "native/file_times.cc",
        "native/file_handles.cc",
        "native/socket_creds.cc",
        "native/socket_as.cc",
        "native/safety_ops.cc"
      ],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS", "_GNU_SOURCE"],
      "cflags_cc": ["-std=c++17", "-Wall", "-Wextra", "-Wno-unused-parameter", "-Wno-missing-field-initializers"]
    }
  ]
}
