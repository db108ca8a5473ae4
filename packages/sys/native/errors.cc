#include "common.h"

namespace amber {

static Napi::FunctionReference* errorFactory = nullptr;

Napi::Value ThrowSys(Napi::Env env, const char* syscall, int err, std::initializer_list<Detail> details) {
  Napi::Object d = Napi::Object::New(env);
  for (const auto& kv : details) d.Set(kv.key, kv.value);
  Napi::Value error;
  if (errorFactory != nullptr) {
    error = errorFactory->Call({Str(env, syscall), Num(env, err), d});
  } else {
    Napi::Error e = Napi::Error::New(env, std::string(syscall) + " failed: errno " + std::to_string(err));
    error = e.Value();
  }
  if (!env.IsExceptionPending()) napi_throw(env, error);
  return env.Undefined();
}

Napi::Value ThrowArg(Napi::Env env, const std::string& msg) {
  Napi::TypeError::New(env, msg).ThrowAsJavaScriptException();
  return env.Undefined();
}

bool ArgInt(const Napi::CallbackInfo& info, size_t i, int64_t* out) {
  if (i < info.Length() && info[i].IsNumber()) {
    *out = info[i].As<Napi::Number>().Int64Value();
    return true;
  }
  if (i < info.Length() && info[i].IsBigInt()) {
    bool lossless;
    *out = info[i].As<Napi::BigInt>().Int64Value(&lossless);
    if (lossless) return true;
  }
  ThrowArg(info.Env(), "argument " + std::to_string(i) + " must be an integer");
  return false;
}

bool ArgU64(const Napi::CallbackInfo& info, size_t i, uint64_t* out) {
  if (i < info.Length() && info[i].IsBigInt()) {
    bool lossless;
    *out = info[i].As<Napi::BigInt>().Uint64Value(&lossless);
    if (lossless) return true;
  } else if (i < info.Length() && info[i].IsNumber()) {
    double v = info[i].As<Napi::Number>().DoubleValue();
    if (v >= 0 && v <= 9007199254740991.0) {
      *out = static_cast<uint64_t>(v);
      return true;
    }
  }
  ThrowArg(info.Env(), "argument " + std::to_string(i) + " must be an unsigned 64-bit integer (bigint or safe number)");
  return false;
}

bool ArgStr(const Napi::CallbackInfo& info, size_t i, std::string* out) {
  if (i < info.Length() && info[i].IsString()) {
    *out = info[i].As<Napi::String>().Utf8Value();
    return true;
  }
  ThrowArg(info.Env(), "argument " + std::to_string(i) + " must be a string");
  return false;
}

bool ArgBuf(const Napi::CallbackInfo& info, size_t i, uint8_t** data, size_t* len) {
  if (i < info.Length() && info[i].IsTypedArray()) {
    Napi::TypedArray ta = info[i].As<Napi::TypedArray>();
    Napi::ArrayBuffer ab = ta.ArrayBuffer();
    *data = static_cast<uint8_t*>(ab.Data()) + ta.ByteOffset();
    *len = ta.ByteLength();
    return true;
  }
  ThrowArg(info.Env(), "argument " + std::to_string(i) + " must be a Buffer or Uint8Array");
  return false;
}

bool ArgIntArray(const Napi::CallbackInfo& info, size_t i, std::vector<int64_t>* out) {
  if (i < info.Length() && info[i].IsArray()) {
    Napi::Array a = info[i].As<Napi::Array>();
    for (uint32_t k = 0; k < a.Length(); k++) {
      Napi::Value v = a.Get(k);
      if (!v.IsNumber()) break;
      out->push_back(v.As<Napi::Number>().Int64Value());
    }
    if (out->size() == a.Length()) return true;
  }
  ThrowArg(info.Env(), "argument " + std::to_string(i) + " must be an array of integers");
  return false;
}

bool ArgStrArray(const Napi::CallbackInfo& info, size_t i, std::vector<std::string>* out) {
  if (i < info.Length() && info[i].IsArray()) {
    Napi::Array a = info[i].As<Napi::Array>();
    for (uint32_t k = 0; k < a.Length(); k++) {
      Napi::Value v = a.Get(k);
      if (!v.IsString()) break;
      out->push_back(v.As<Napi::String>().Utf8Value());
    }
    if (out->size() == a.Length()) return true;
  }
  ThrowArg(info.Env(), "argument " + std::to_string(i) + " must be an array of strings");
  return false;
}

static Napi::Value SetErrorFactory(const Napi::CallbackInfo& info) {
  if (info.Length() < 1 || !info[0].IsFunction()) return ThrowArg(info.Env(), "setErrorFactory needs a function");
  if (errorFactory == nullptr) errorFactory = new Napi::FunctionReference();
  *errorFactory = Napi::Persistent(info[0].As<Napi::Function>());
  return info.Env().Undefined();
}

void InitErrors(Napi::Env env, Napi::Object exports) {
  exports.Set("setErrorFactory", Napi::Function::New(env, SetErrorFactory));
}

}  // namespace amber
