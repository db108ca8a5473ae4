{
  "targets": [
    {
      "target_name": "amber_sys",
      "sources": [
        "native/addon.cc",
        "native/errors.cc",
        "native/fd_ops.cc",
        "native/proc_ops.cc",
        "native/ptrace_ops.cc",
        "native/spawn.cc",
        "native/safety_ops.cc"
      ],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS", "_GNU_SOURCE"],
      "cflags_cc": ["-std=c++17", "-Wall", "-Wextra", "-Wno-unused-parameter", "-Wno-missing-field-initializers"]
    }
  ]
}
