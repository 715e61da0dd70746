module {
  util.global private @tokens.weight = #stream.parameter.named<"model"::"tokens.weight"> : tensor<128x64xf32>
  util.global private @blocks.0.qkv.weight = #stream.parameter.named<"model"::"blocks.0.qkv.weight"> : tensor<192x64xf32>
  util.global private @blocks.0.proj.weight = #stream.parameter.named<"model"::"blocks.0.proj.weight"> : tensor<64x64xf32>
  util.global private @blocks.0.mlp.0.weight = #stream.parameter.named<"model"::"blocks.0.mlp.0.weight"> : tensor<256x64xf32>
  util.global private @blocks.0.mlp.2.weight = #stream.parameter.named<"model"::"blocks.0.mlp.2.weight"> : tensor<64x256xf32>
  util.global private @blocks.1.qkv.weight = #stream.parameter.named<"model"::"blocks.1.qkv.weight"> : tensor<192x64xf32>
  util.global private @blocks.1.proj.weight = #stream.parameter.named<"model"::"blocks.1.proj.weight"> : tensor<64x64xf32>
  util.global private @blocks.1.mlp.0.weight = #stream.parameter.named<"model"::"blocks.1.mlp.0.weight"> : tensor<256x64xf32>
  util.global private @blocks.1.mlp.2.weight = #stream.parameter.named<"model"::"blocks.1.mlp.2.weight"> : tensor<64x256xf32>
  func.func @main(%arg0: !torch.vtensor<[?,16],si64>) -> (!torch.vtensor<[?,16,128],f32>, !torch.vtensor<[2],i1>) attributes {torch.assume_strict_symbolic_shapes} {
    %0 = torch.symbolic_int "s23" {min_val = 1, max_val = 64} : !torch.int
    torch.bind_symbolic_shape %arg0, [%0], affine_map<()[s0] -> (s0, 16)> : !torch.vtensor<[?,16],si64>
    %int0 = torch.constant.int 0
    %1 = torch.aten.size.int %arg0, %int0 : !torch.vtensor<[?,16],si64>, !torch.int -> !torch.int
    %int0_0 = torch.constant.int 0
    %int16 = torch.constant.int 16
    %int1 = torch.constant.int 1
    %none = torch.constant.none
    %int0_1 = torch.constant.int 0
    %cpu = torch.constant.device "cpu"
    %false = torch.constant.bool false
    %2 = torch.aten.arange.start_step %int0_0, %int16, %int1, %none, %int0_1, %cpu, %false : !torch.int, !torch.int, !torch.int, !torch.none, !torch.int, !torch.Device, !torch.bool -> !torch.vtensor<[16],si64>
    %int0_2 = torch.constant.int 0
    %3 = torch.aten.lt.Scalar %arg0, %int0_2 : !torch.vtensor<[?,16],si64>, !torch.int -> !torch.vtensor<[?,16],i1>
    torch.bind_symbolic_shape %3, [%0], affine_map<()[s0] -> (s0, 16)> : !torch.vtensor<[?,16],i1>
    %int128 = torch.constant.int 128
    %4 = torch.aten.ge.Scalar %arg0, %int128 : !torch.vtensor<[?,16],si64>, !torch.int -> !torch.vtensor<[?,16],i1>
    torch.bind_symbolic_shape %4, [%0], affine_map<()[s0] -> (s0, 16)> : !torch.vtensor<[?,16],i1>
    %5 = torch.aten.logical_or %3, %4 : !torch.vtensor<[?,16],i1>, !torch.vtensor<[?,16],i1> -> !torch.vtensor<[?,16],i1>
    torch.bind_symbolic_shape %5, [%0], affine_map<()[s0] -> (s0, 16)> : !torch.vtensor<[?,16],i1>
    %6 = torch.aten.logical_not %5 : !torch.vtensor<[?,16],i1> -> !torch.vtensor<[?,16],i1>
    torch.bind_symbolic_shape %6, [%0], affine_map<()[s0] -> (s0, 16)> : !torch.vtensor<[?,16],i1>
    %7 = torch.aten.mul.Tensor %arg0, %6 : !torch.vtensor<[?,16],si64>, !torch.vtensor<[?,16],i1> -> !torch.vtensor<[?,16],si64>
    torch.bind_symbolic_shape %7, [%0], affine_map<()[s0] -> (s0, 16)> : !torch.vtensor<[?,16],si64>
    %8 = torch.aten.any %5 : !torch.vtensor<[?,16],i1> -> !torch.vtensor<[],i1>
    %tokens.weight = util.global.load @tokens.weight : tensor<128x64xf32>
    %9 = torch_c.from_builtin_tensor %tokens.weight : tensor<128x64xf32> -> !torch.vtensor<[128,64],f32>
    %int-1 = torch.constant.int -1
    %false_3 = torch.constant.bool false
    %false_4 = torch.constant.bool false
    %10 = torch.aten.embedding %9, %7, %int-1, %false_3, %false_4 : !torch.vtensor<[128,64],f32>, !torch.vtensor<[?,16],si64>, !torch.int, !torch.bool, !torch.bool -> !torch.vtensor<[?,16,64],f32>
    torch.bind_symbolic_shape %10, [%0], affine_map<()[s0] -> (s0, 16, 64)> : !torch.vtensor<[?,16,64],f32>
    %int0_5 = torch.constant.int 0
    %11 = torch.aten.lt.Scalar %2, %int0_5 : !torch.vtensor<[16],si64>, !torch.int -> !torch.vtensor<[16],i1>
    %int32 = torch.constant.int 32
    %12 = torch.aten.ge.Scalar %2, %int32 : !torch.vtensor<[16],si64>, !torch.int -> !torch.vtensor<[16],i1>
    %13 = torch.aten.logical_or %11, %12 : !torch.vtensor<[16],i1>, !torch.vtensor<[16],i1> -> !torch.vtensor<[16],i1>
    %14 = torch.aten.logical_not %13 : !torch.vtensor<[16],i1> -> !torch.vtensor<[16],i1>
    %15 = torch.aten.mul.Tensor %2, %14 : !torch.vtensor<[16],si64>, !torch.vtensor<[16],i1> -> !torch.vtensor<[16],si64>
    %16 = torch.aten.any %13 : !torch.vtensor<[16],i1> -> !torch.vtensor<[],i1>
    %17 = torch.vtensor.literal(dense_resource<torch_tensor_32_64_torch.float32> : tensor<32x64xf32>) : !torch.vtensor<[32,64],f32>
    %int-1_6 = torch.constant.int -1
    %false_7 = torch.constant.bool false
    %false_8 = torch.constant.bool false
    %18 = torch.aten.embedding %17, %15, %int-1_6, %false_7, %false_8 : !torch.vtensor<[32,64],f32>, !torch.vtensor<[16],si64>, !torch.int, !torch.bool, !torch.bool -> !torch.vtensor<[16,64],f32>
    %int1_9 = torch.constant.int 1
    %19 = torch.aten.add.Tensor %10, %18, %int1_9 : !torch.vtensor<[?,16,64],f32>, !torch.vtensor<[16,64],f32>, !torch.int -> !torch.vtensor<[?,16,64],f32>
    torch.bind_symbolic_shape %19, [%0], affine_map<()[s0] -> (s0, 16, 64)> : !torch.vtensor<[?,16,64],f32>
    %int64 = torch.constant.int 64
    %20 = torch.prim.ListConstruct %int64 : (!torch.int) -> !torch.list<int>
    %21 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %22 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_1> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %float1.000000e-05 = torch.constant.float 1.000000e-05
    %result0, %result1, %result2 = torch.aten.native_layer_norm %19, %20, %21, %22, %float1.000000e-05 : !torch.vtensor<[?,16,64],f32>, !torch.list<int>, !torch.vtensor<[64],f32>, !torch.vtensor<[64],f32>, !torch.float -> !torch.vtensor<[?,16,64],f32>, !torch.vtensor<[?,16,1],f32>, !torch.vtensor<[?,16,1],f32>
    torch.bind_symbolic_shape %result0, [%0], affine_map<()[s0] -> (s0, 16, 64)> : !torch.vtensor<[?,16,64],f32>
    %int16_10 = torch.constant.int 16
    %23 = torch.aten.mul.int %1, %int16_10 : !torch.int, !torch.int -> !torch.int
    %int64_11 = torch.constant.int 64
    %24 = torch.prim.ListConstruct %23, %int64_11 : (!torch.int, !torch.int) -> !torch.list<int>
    %25 = torch.aten.view %result0, %24 : !torch.vtensor<[?,16,64],f32>, !torch.list<int> -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %25, [%0], affine_map<()[s0] -> (s0 * 16, 64)> : !torch.vtensor<[?,64],f32>
    %blocks.0.qkv.weight = util.global.load @blocks.0.qkv.weight : tensor<192x64xf32>
    %26 = torch_c.from_builtin_tensor %blocks.0.qkv.weight : tensor<192x64xf32> -> !torch.vtensor<[192,64],f32>
    %int1_12 = torch.constant.int 1
    %int0_13 = torch.constant.int 0
    %27 = torch.prim.ListConstruct %int1_12, %int0_13 : (!torch.int, !torch.int) -> !torch.list<int>
    %28 = torch.aten.permute %26, %27 : !torch.vtensor<[192,64],f32>, !torch.list<int> -> !torch.vtensor<[64,192],f32>
    %29 = torch.vtensor.literal(dense_resource<torch_tensor_192_torch.float32> : tensor<192xf32>) : !torch.vtensor<[192],f32>
    %int1_14 = torch.constant.int 1
    %int1_15 = torch.constant.int 1
    %30 = torch.aten.addmm %29, %25, %28, %int1_14, %int1_15 : !torch.vtensor<[192],f32>, !torch.vtensor<[?,64],f32>, !torch.vtensor<[64,192],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,192],f32>
    torch.bind_symbolic_shape %30, [%0], affine_map<()[s0] -> (s0 * 16, 192)> : !torch.vtensor<[?,192],f32>
    %int16_16 = torch.constant.int 16
    %int192 = torch.constant.int 192
    %31 = torch.prim.ListConstruct %1, %int16_16, %int192 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %32 = torch.aten.view %30, %31 : !torch.vtensor<[?,192],f32>, !torch.list<int> -> !torch.vtensor<[?,16,192],f32>
    torch.bind_symbolic_shape %32, [%0], affine_map<()[s0] -> (s0, 16, 192)> : !torch.vtensor<[?,16,192],f32>
    %int64_17 = torch.constant.int 64
    %int64_18 = torch.constant.int 64
    %int64_19 = torch.constant.int 64
    %33 = torch.prim.ListConstruct %int64_17, %int64_18, %int64_19 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %int-1_20 = torch.constant.int -1
    %34 = torch.aten.split_with_sizes %32, %33, %int-1_20 : !torch.vtensor<[?,16,192],f32>, !torch.list<int>, !torch.int -> !torch.list<vtensor>
    %35:3 = torch.prim.ListUnpack %34 : !torch.list<vtensor> -> !torch.vtensor<[?,16,64],f32>, !torch.vtensor<[?,16,64],f32>, !torch.vtensor<[?,16,64],f32>
    torch.bind_symbolic_shape %35#0, [%0], affine_map<()[s0] -> (s0, 16, 64)> : !torch.vtensor<[?,16,64],f32>
    torch.bind_symbolic_shape %35#1, [%0], affine_map<()[s0] -> (s0, 16, 64)> : !torch.vtensor<[?,16,64],f32>
    torch.bind_symbolic_shape %35#2, [%0], affine_map<()[s0] -> (s0, 16, 64)> : !torch.vtensor<[?,16,64],f32>
    %int16_21 = torch.constant.int 16
    %int4 = torch.constant.int 4
    %int16_22 = torch.constant.int 16
    %36 = torch.prim.ListConstruct %1, %int16_21, %int4, %int16_22 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %37 = torch.aten.view %35#0, %36 : !torch.vtensor<[?,16,64],f32>, !torch.list<int> -> !torch.vtensor<[?,16,4,16],f32>
    torch.bind_symbolic_shape %37, [%0], affine_map<()[s0] -> (s0, 16, 4, 16)> : !torch.vtensor<[?,16,4,16],f32>
    %int0_23 = torch.constant.int 0
    %int2 = torch.constant.int 2
    %int1_24 = torch.constant.int 1
    %int3 = torch.constant.int 3
    %38 = torch.prim.ListConstruct %int0_23, %int2, %int1_24, %int3 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %39 = torch.aten.permute %37, %38 : !torch.vtensor<[?,16,4,16],f32>, !torch.list<int> -> !torch.vtensor<[?,4,16,16],f32>
    torch.bind_symbolic_shape %39, [%0], affine_map<()[s0] -> (s0, 4, 16, 16)> : !torch.vtensor<[?,4,16,16],f32>
    %int16_25 = torch.constant.int 16
    %int4_26 = torch.constant.int 4
    %int16_27 = torch.constant.int 16
    %40 = torch.prim.ListConstruct %1, %int16_25, %int4_26, %int16_27 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %41 = torch.aten.view %35#1, %40 : !torch.vtensor<[?,16,64],f32>, !torch.list<int> -> !torch.vtensor<[?,16,4,16],f32>
    torch.bind_symbolic_shape %41, [%0], affine_map<()[s0] -> (s0, 16, 4, 16)> : !torch.vtensor<[?,16,4,16],f32>
    %int0_28 = torch.constant.int 0
    %int2_29 = torch.constant.int 2
    %int1_30 = torch.constant.int 1
    %int3_31 = torch.constant.int 3
    %42 = torch.prim.ListConstruct %int0_28, %int2_29, %int1_30, %int3_31 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %43 = torch.aten.permute %41, %42 : !torch.vtensor<[?,16,4,16],f32>, !torch.list<int> -> !torch.vtensor<[?,4,16,16],f32>
    torch.bind_symbolic_shape %43, [%0], affine_map<()[s0] -> (s0, 4, 16, 16)> : !torch.vtensor<[?,4,16,16],f32>
    %int16_32 = torch.constant.int 16
    %int4_33 = torch.constant.int 4
    %int16_34 = torch.constant.int 16
    %44 = torch.prim.ListConstruct %1, %int16_32, %int4_33, %int16_34 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %45 = torch.aten.view %35#2, %44 : !torch.vtensor<[?,16,64],f32>, !torch.list<int> -> !torch.vtensor<[?,16,4,16],f32>
    torch.bind_symbolic_shape %45, [%0], affine_map<()[s0] -> (s0, 16, 4, 16)> : !torch.vtensor<[?,16,4,16],f32>
    %int0_35 = torch.constant.int 0
    %int2_36 = torch.constant.int 2
    %int1_37 = torch.constant.int 1
    %int3_38 = torch.constant.int 3
    %46 = torch.prim.ListConstruct %int0_35, %int2_36, %int1_37, %int3_38 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %47 = torch.aten.permute %45, %46 : !torch.vtensor<[?,16,4,16],f32>, !torch.list<int> -> !torch.vtensor<[?,4,16,16],f32>
    torch.bind_symbolic_shape %47, [%0], affine_map<()[s0] -> (s0, 4, 16, 16)> : !torch.vtensor<[?,4,16,16],f32>
    %none_39 = torch.constant.none
    %float0.000000e00 = torch.constant.float 0.000000e+00
    %true = torch.constant.bool true
    %none_40 = torch.constant.none
    %false_41 = torch.constant.bool false
    %48 = torch.aten.scaled_dot_product_attention %39, %43, %47, %none_39, %float0.000000e00, %true, %none_40, %false_41 : !torch.vtensor<[?,4,16,16],f32>, !torch.vtensor<[?,4,16,16],f32>, !torch.vtensor<[?,4,16,16],f32>, !torch.none, !torch.float, !torch.bool, !torch.none, !torch.bool -> !torch.vtensor<[?,4,16,16],f32>
    torch.bind_symbolic_shape %48, [%0], affine_map<()[s0] -> (s0, 4, 16, 16)> : !torch.vtensor<[?,4,16,16],f32>
    %int0_42 = torch.constant.int 0
    %int2_43 = torch.constant.int 2
    %int1_44 = torch.constant.int 1
    %int3_45 = torch.constant.int 3
    %49 = torch.prim.ListConstruct %int0_42, %int2_43, %int1_44, %int3_45 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %50 = torch.aten.permute %48, %49 : !torch.vtensor<[?,4,16,16],f32>, !torch.list<int> -> !torch.vtensor<[?,16,4,16],f32>
    torch.bind_symbolic_shape %50, [%0], affine_map<()[s0] -> (s0, 16, 4, 16)> : !torch.vtensor<[?,16,4,16],f32>
    %int16_46 = torch.constant.int 16
    %int64_47 = torch.constant.int 64
    %51 = torch.prim.ListConstruct %1, %int16_46, %int64_47 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %52 = torch.aten.view %50, %51 : !torch.vtensor<[?,16,4,16],f32>, !torch.list<int> -> !torch.vtensor<[?,16,64],f32>
    torch.bind_symbolic_shape %52, [%0], affine_map<()[s0] -> (s0, 16, 64)> : !torch.vtensor<[?,16,64],f32>
    %int64_48 = torch.constant.int 64
    %53 = torch.prim.ListConstruct %23, %int64_48 : (!torch.int, !torch.int) -> !torch.list<int>
    %54 = torch.aten.view %52, %53 : !torch.vtensor<[?,16,64],f32>, !torch.list<int> -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %54, [%0], affine_map<()[s0] -> (s0 * 16, 64)> : !torch.vtensor<[?,64],f32>
    %blocks.0.proj.weight = util.global.load @blocks.0.proj.weight : tensor<64x64xf32>
    %55 = torch_c.from_builtin_tensor %blocks.0.proj.weight : tensor<64x64xf32> -> !torch.vtensor<[64,64],f32>
    %int1_49 = torch.constant.int 1
    %int0_50 = torch.constant.int 0
    %56 = torch.prim.ListConstruct %int1_49, %int0_50 : (!torch.int, !torch.int) -> !torch.list<int>
    %57 = torch.aten.permute %55, %56 : !torch.vtensor<[64,64],f32>, !torch.list<int> -> !torch.vtensor<[64,64],f32>
    %58 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_2> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %int1_51 = torch.constant.int 1
    %int1_52 = torch.constant.int 1
    %59 = torch.aten.addmm %58, %54, %57, %int1_51, %int1_52 : !torch.vtensor<[64],f32>, !torch.vtensor<[?,64],f32>, !torch.vtensor<[64,64],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %59, [%0], affine_map<()[s0] -> (s0 * 16, 64)> : !torch.vtensor<[?,64],f32>
    %int16_53 = torch.constant.int 16
    %int64_54 = torch.constant.int 64
    %60 = torch.prim.ListConstruct %1, %int16_53, %int64_54 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %61 = torch.aten.view %59, %60 : !torch.vtensor<[?,64],f32>, !torch.list<int> -> !torch.vtensor<[?,16,64],f32>
    torch.bind_symbolic_shape %61, [%0], affine_map<()[s0] -> (s0, 16, 64)> : !torch.vtensor<[?,16,64],f32>
    %int1_55 = torch.constant.int 1
    %62 = torch.aten.add.Tensor %19, %61, %int1_55 : !torch.vtensor<[?,16,64],f32>, !torch.vtensor<[?,16,64],f32>, !torch.int -> !torch.vtensor<[?,16,64],f32>
    torch.bind_symbolic_shape %62, [%0], affine_map<()[s0] -> (s0, 16, 64)> : !torch.vtensor<[?,16,64],f32>
    %int64_56 = torch.constant.int 64
    %63 = torch.prim.ListConstruct %int64_56 : (!torch.int) -> !torch.list<int>
    %64 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_3> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %65 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_4> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %float1.000000e-05_57 = torch.constant.float 1.000000e-05
    %result0_58, %result1_59, %result2_60 = torch.aten.native_layer_norm %62, %63, %64, %65, %float1.000000e-05_57 : !torch.vtensor<[?,16,64],f32>, !torch.list<int>, !torch.vtensor<[64],f32>, !torch.vtensor<[64],f32>, !torch.float -> !torch.vtensor<[?,16,64],f32>, !torch.vtensor<[?,16,1],f32>, !torch.vtensor<[?,16,1],f32>
    torch.bind_symbolic_shape %result0_58, [%0], affine_map<()[s0] -> (s0, 16, 64)> : !torch.vtensor<[?,16,64],f32>
    %int64_61 = torch.constant.int 64
    %66 = torch.prim.ListConstruct %23, %int64_61 : (!torch.int, !torch.int) -> !torch.list<int>
    %67 = torch.aten.view %result0_58, %66 : !torch.vtensor<[?,16,64],f32>, !torch.list<int> -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %67, [%0], affine_map<()[s0] -> (s0 * 16, 64)> : !torch.vtensor<[?,64],f32>
    %blocks.0.mlp.0.weight = util.global.load @blocks.0.mlp.0.weight : tensor<256x64xf32>
    %68 = torch_c.from_builtin_tensor %blocks.0.mlp.0.weight : tensor<256x64xf32> -> !torch.vtensor<[256,64],f32>
    %int1_62 = torch.constant.int 1
    %int0_63 = torch.constant.int 0
    %69 = torch.prim.ListConstruct %int1_62, %int0_63 : (!torch.int, !torch.int) -> !torch.list<int>
    %70 = torch.aten.permute %68, %69 : !torch.vtensor<[256,64],f32>, !torch.list<int> -> !torch.vtensor<[64,256],f32>
    %71 = torch.vtensor.literal(dense_resource<torch_tensor_256_torch.float32> : tensor<256xf32>) : !torch.vtensor<[256],f32>
    %int1_64 = torch.constant.int 1
    %int1_65 = torch.constant.int 1
    %72 = torch.aten.addmm %71, %67, %70, %int1_64, %int1_65 : !torch.vtensor<[256],f32>, !torch.vtensor<[?,64],f32>, !torch.vtensor<[64,256],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,256],f32>
    torch.bind_symbolic_shape %72, [%0], affine_map<()[s0] -> (s0 * 16, 256)> : !torch.vtensor<[?,256],f32>
    %int16_66 = torch.constant.int 16
    %int256 = torch.constant.int 256
    %73 = torch.prim.ListConstruct %1, %int16_66, %int256 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %74 = torch.aten.view %72, %73 : !torch.vtensor<[?,256],f32>, !torch.list<int> -> !torch.vtensor<[?,16,256],f32>
    torch.bind_symbolic_shape %74, [%0], affine_map<()[s0] -> (s0, 16, 256)> : !torch.vtensor<[?,16,256],f32>
    %float4.471500e-02 = torch.constant.float 4.471500e-02
    %75 = torch.aten.mul.Scalar %74, %float4.471500e-02 : !torch.vtensor<[?,16,256],f32>, !torch.float -> !torch.vtensor<[?,16,256],f32>
    torch.bind_symbolic_shape %75, [%0], affine_map<()[s0] -> (s0, 16, 256)> : !torch.vtensor<[?,16,256],f32>
    %76 = torch.aten.mul.Tensor %75, %74 : !torch.vtensor<[?,16,256],f32>, !torch.vtensor<[?,16,256],f32> -> !torch.vtensor<[?,16,256],f32>
    torch.bind_symbolic_shape %76, [%0], affine_map<()[s0] -> (s0, 16, 256)> : !torch.vtensor<[?,16,256],f32>
    %77 = torch.aten.mul.Tensor %76, %74 : !torch.vtensor<[?,16,256],f32>, !torch.vtensor<[?,16,256],f32> -> !torch.vtensor<[?,16,256],f32>
    torch.bind_symbolic_shape %77, [%0], affine_map<()[s0] -> (s0, 16, 256)> : !torch.vtensor<[?,16,256],f32>
    %int1_67 = torch.constant.int 1
    %78 = torch.aten.add.Tensor %74, %77, %int1_67 : !torch.vtensor<[?,16,256],f32>, !torch.vtensor<[?,16,256],f32>, !torch.int -> !torch.vtensor<[?,16,256],f32>
    torch.bind_symbolic_shape %78, [%0], affine_map<()[s0] -> (s0, 16, 256)> : !torch.vtensor<[?,16,256],f32>
    %float7.978850e-01 = torch.constant.float 0.79788456080286541
    %79 = torch.aten.mul.Scalar %78, %float7.978850e-01 : !torch.vtensor<[?,16,256],f32>, !torch.float -> !torch.vtensor<[?,16,256],f32>
    torch.bind_symbolic_shape %79, [%0], affine_map<()[s0] -> (s0, 16, 256)> : !torch.vtensor<[?,16,256],f32>
    %float2.000000e00 = torch.constant.float 2.000000e+00
    %80 = torch.aten.mul.Scalar %79, %float2.000000e00 : !torch.vtensor<[?,16,256],f32>, !torch.float -> !torch.vtensor<[?,16,256],f32>
    torch.bind_symbolic_shape %80, [%0], affine_map<()[s0] -> (s0, 16, 256)> : !torch.vtensor<[?,16,256],f32>
    %81 = torch.aten.sigmoid %80 : !torch.vtensor<[?,16,256],f32> -> !torch.vtensor<[?,16,256],f32>
    torch.bind_symbolic_shape %81, [%0], affine_map<()[s0] -> (s0, 16, 256)> : !torch.vtensor<[?,16,256],f32>
    %82 = torch.aten.mul.Tensor %74, %81 : !torch.vtensor<[?,16,256],f32>, !torch.vtensor<[?,16,256],f32> -> !torch.vtensor<[?,16,256],f32>
    torch.bind_symbolic_shape %82, [%0], affine_map<()[s0] -> (s0, 16, 256)> : !torch.vtensor<[?,16,256],f32>
    %int256_68 = torch.constant.int 256
    %83 = torch.prim.ListConstruct %23, %int256_68 : (!torch.int, !torch.int) -> !torch.list<int>
    %84 = torch.aten.view %82, %83 : !torch.vtensor<[?,16,256],f32>, !torch.list<int> -> !torch.vtensor<[?,256],f32>
    torch.bind_symbolic_shape %84, [%0], affine_map<()[s0] -> (s0 * 16, 256)> : !torch.vtensor<[?,256],f32>
    %blocks.0.mlp.2.weight = util.global.load @blocks.0.mlp.2.weight : tensor<64x256xf32>
    %85 = torch_c.from_builtin_tensor %blocks.0.mlp.2.weight : tensor<64x256xf32> -> !torch.vtensor<[64,256],f32>
    %int1_69 = torch.constant.int 1
    %int0_70 = torch.constant.int 0
    %86 = torch.prim.ListConstruct %int1_69, %int0_70 : (!torch.int, !torch.int) -> !torch.list<int>
    %87 = torch.aten.permute %85, %86 : !torch.vtensor<[64,256],f32>, !torch.list<int> -> !torch.vtensor<[256,64],f32>
    %88 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_5> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %int1_71 = torch.constant.int 1
    %int1_72 = torch.constant.int 1
    %89 = torch.aten.addmm %88, %84, %87, %int1_71, %int1_72 : !torch.vtensor<[64],f32>, !torch.vtensor<[?,256],f32>, !torch.vtensor<[256,64],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %89, [%0], affine_map<()[s0] -> (s0 * 16, 64)> : !torch.vtensor<[?,64],f32>
    %int16_73 = torch.constant.int 16
    %int64_74 = torch.constant.int 64
    %90 = torch.prim.ListConstruct %1, %int16_73, %int64_74 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %91 = torch.aten.view %89, %90 : !torch.vtensor<[?,64],f32>, !torch.list<int> -> !torch.vtensor<[?,16,64],f32>
    torch.bind_symbolic_shape %91, [%0], affine_map<()[s0] -> (s0, 16, 64)> : !torch.vtensor<[?,16,64],f32>
    %int1_75 = torch.constant.int 1
    %92 = torch.aten.add.Tensor %62, %91, %int1_75 : !torch.vtensor<[?,16,64],f32>, !torch.vtensor<[?,16,64],f32>, !torch.int -> !torch.vtensor<[?,16,64],f32>
    torch.bind_symbolic_shape %92, [%0], affine_map<()[s0] -> (s0, 16, 64)> : !torch.vtensor<[?,16,64],f32>
    %int64_76 = torch.constant.int 64
    %93 = torch.prim.ListConstruct %int64_76 : (!torch.int) -> !torch.list<int>
    %94 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_6> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %95 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_7> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %float1.000000e-05_77 = torch.constant.float 1.000000e-05
    %result0_78, %result1_79, %result2_80 = torch.aten.native_layer_norm %92, %93, %94, %95, %float1.000000e-05_77 : !torch.vtensor<[?,16,64],f32>, !torch.list<int>, !torch.vtensor<[64],f32>, !torch.vtensor<[64],f32>, !torch.float -> !torch.vtensor<[?,16,64],f32>, !torch.vtensor<[?,16,1],f32>, !torch.vtensor<[?,16,1],f32>
    torch.bind_symbolic_shape %result0_78, [%0], affine_map<()[s0] -> (s0, 16, 64)> : !torch.vtensor<[?,16,64],f32>
    %int64_81 = torch.constant.int 64
    %96 = torch.prim.ListConstruct %23, %int64_81 : (!torch.int, !torch.int) -> !torch.list<int>
    %97 = torch.aten.view %result0_78, %96 : !torch.vtensor<[?,16,64],f32>, !torch.list<int> -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %97, [%0], affine_map<()[s0] -> (s0 * 16, 64)> : !torch.vtensor<[?,64],f32>
    %blocks.1.qkv.weight = util.global.load @blocks.1.qkv.weight : tensor<192x64xf32>
    %98 = torch_c.from_builtin_tensor %blocks.1.qkv.weight : tensor<192x64xf32> -> !torch.vtensor<[192,64],f32>
    %int1_82 = torch.constant.int 1
    %int0_83 = torch.constant.int 0
    %99 = torch.prim.ListConstruct %int1_82, %int0_83 : (!torch.int, !torch.int) -> !torch.list<int>
    %100 = torch.aten.permute %98, %99 : !torch.vtensor<[192,64],f32>, !torch.list<int> -> !torch.vtensor<[64,192],f32>
    %101 = torch.vtensor.literal(dense_resource<torch_tensor_192_torch.float32_1> : tensor<192xf32>) : !torch.vtensor<[192],f32>
    %int1_84 = torch.constant.int 1
    %int1_85 = torch.constant.int 1
    %102 = torch.aten.addmm %101, %97, %100, %int1_84, %int1_85 : !torch.vtensor<[192],f32>, !torch.vtensor<[?,64],f32>, !torch.vtensor<[64,192],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,192],f32>
    torch.bind_symbolic_shape %102, [%0], affine_map<()[s0] -> (s0 * 16, 192)> : !torch.vtensor<[?,192],f32>
    %int16_86 = torch.constant.int 16
    %int192_87 = torch.constant.int 192
    %103 = torch.prim.ListConstruct %1, %int16_86, %int192_87 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %104 = torch.aten.view %102, %103 : !torch.vtensor<[?,192],f32>, !torch.list<int> -> !torch.vtensor<[?,16,192],f32>
    torch.bind_symbolic_shape %104, [%0], affine_map<()[s0] -> (s0, 16, 192)> : !torch.vtensor<[?,16,192],f32>
    %int64_88 = torch.constant.int 64
    %int64_89 = torch.constant.int 64
    %int64_90 = torch.constant.int 64
    %105 = torch.prim.ListConstruct %int64_88, %int64_89, %int64_90 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %int-1_91 = torch.constant.int -1
    %106 = torch.aten.split_with_sizes %104, %105, %int-1_91 : !torch.vtensor<[?,16,192],f32>, !torch.list<int>, !torch.int -> !torch.list<vtensor>
    %107:3 = torch.prim.ListUnpack %106 : !torch.list<vtensor> -> !torch.vtensor<[?,16,64],f32>, !torch.vtensor<[?,16,64],f32>, !torch.vtensor<[?,16,64],f32>
    torch.bind_symbolic_shape %107#0, [%0], affine_map<()[s0] -> (s0, 16, 64)> : !torch.vtensor<[?,16,64],f32>
    torch.bind_symbolic_shape %107#1, [%0], affine_map<()[s0] -> (s0, 16, 64)> : !torch.vtensor<[?,16,64],f32>
    torch.bind_symbolic_shape %107#2, [%0], affine_map<()[s0] -> (s0, 16, 64)> : !torch.vtensor<[?,16,64],f32>
    %int16_92 = torch.constant.int 16
    %int4_93 = torch.constant.int 4
    %int16_94 = torch.constant.int 16
    %108 = torch.prim.ListConstruct %1, %int16_92, %int4_93, %int16_94 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %109 = torch.aten.view %107#0, %108 : !torch.vtensor<[?,16,64],f32>, !torch.list<int> -> !torch.vtensor<[?,16,4,16],f32>
    torch.bind_symbolic_shape %109, [%0], affine_map<()[s0] -> (s0, 16, 4, 16)> : !torch.vtensor<[?,16,4,16],f32>
    %int0_95 = torch.constant.int 0
    %int2_96 = torch.constant.int 2
    %int1_97 = torch.constant.int 1
    %int3_98 = torch.constant.int 3
    %110 = torch.prim.ListConstruct %int0_95, %int2_96, %int1_97, %int3_98 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %111 = torch.aten.permute %109, %110 : !torch.vtensor<[?,16,4,16],f32>, !torch.list<int> -> !torch.vtensor<[?,4,16,16],f32>
    torch.bind_symbolic_shape %111, [%0], affine_map<()[s0] -> (s0, 4, 16, 16)> : !torch.vtensor<[?,4,16,16],f32>
    %int16_99 = torch.constant.int 16
    %int4_100 = torch.constant.int 4
    %int16_101 = torch.constant.int 16
    %112 = torch.prim.ListConstruct %1, %int16_99, %int4_100, %int16_101 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %113 = torch.aten.view %107#1, %112 : !torch.vtensor<[?,16,64],f32>, !torch.list<int> -> !torch.vtensor<[?,16,4,16],f32>
    torch.bind_symbolic_shape %113, [%0], affine_map<()[s0] -> (s0, 16, 4, 16)> : !torch.vtensor<[?,16,4,16],f32>
    %int0_102 = torch.constant.int 0
    %int2_103 = torch.constant.int 2
    %int1_104 = torch.constant.int 1
    %int3_105 = torch.constant.int 3
    %114 = torch.prim.ListConstruct %int0_102, %int2_103, %int1_104, %int3_105 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %115 = torch.aten.permute %113, %114 : !torch.vtensor<[?,16,4,16],f32>, !torch.list<int> -> !torch.vtensor<[?,4,16,16],f32>
    torch.bind_symbolic_shape %115, [%0], affine_map<()[s0] -> (s0, 4, 16, 16)> : !torch.vtensor<[?,4,16,16],f32>
    %int16_106 = torch.constant.int 16
    %int4_107 = torch.constant.int 4
    %int16_108 = torch.constant.int 16
    %116 = torch.prim.ListConstruct %1, %int16_106, %int4_107, %int16_108 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %117 = torch.aten.view %107#2, %116 : !torch.vtensor<[?,16,64],f32>, !torch.list<int> -> !torch.vtensor<[?,16,4,16],f32>
    torch.bind_symbolic_shape %117, [%0], affine_map<()[s0] -> (s0, 16, 4, 16)> : !torch.vtensor<[?,16,4,16],f32>
    %int0_109 = torch.constant.int 0
    %int2_110 = torch.constant.int 2
    %int1_111 = torch.constant.int 1
    %int3_112 = torch.constant.int 3
    %118 = torch.prim.ListConstruct %int0_109, %int2_110, %int1_111, %int3_112 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %119 = torch.aten.permute %117, %118 : !torch.vtensor<[?,16,4,16],f32>, !torch.list<int> -> !torch.vtensor<[?,4,16,16],f32>
    torch.bind_symbolic_shape %119, [%0], affine_map<()[s0] -> (s0, 4, 16, 16)> : !torch.vtensor<[?,4,16,16],f32>
    %none_113 = torch.constant.none
    %float0.000000e00_114 = torch.constant.float 0.000000e+00
    %true_115 = torch.constant.bool true
    %none_116 = torch.constant.none
    %false_117 = torch.constant.bool false
    %120 = torch.aten.scaled_dot_product_attention %111, %115, %119, %none_113, %float0.000000e00_114, %true_115, %none_116, %false_117 : !torch.vtensor<[?,4,16,16],f32>, !torch.vtensor<[?,4,16,16],f32>, !torch.vtensor<[?,4,16,16],f32>, !torch.none, !torch.float, !torch.bool, !torch.none, !torch.bool -> !torch.vtensor<[?,4,16,16],f32>
    torch.bind_symbolic_shape %120, [%0], affine_map<()[s0] -> (s0, 4, 16, 16)> : !torch.vtensor<[?,4,16,16],f32>
    %int0_118 = torch.constant.int 0
    %int2_119 = torch.constant.int 2
    %int1_120 = torch.constant.int 1
    %int3_121 = torch.constant.int 3
    %121 = torch.prim.ListConstruct %int0_118, %int2_119, %int1_120, %int3_121 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %122 = torch.aten.permute %120, %121 : !torch.vtensor<[?,4,16,16],f32>, !torch.list<int> -> !torch.vtensor<[?,16,4,16],f32>
    torch.bind_symbolic_shape %122, [%0], affine_map<()[s0] -> (s0, 16, 4, 16)> : !torch.vtensor<[?,16,4,16],f32>
    %int16_122 = torch.constant.int 16
    %int64_123 = torch.constant.int 64
    %123 = torch.prim.ListConstruct %1, %int16_122, %int64_123 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %124 = torch.aten.view %122, %123 : !torch.vtensor<[?,16,4,16],f32>, !torch.list<int> -> !torch.vtensor<[?,16,64],f32>
    torch.bind_symbolic_shape %124, [%0], affine_map<()[s0] -> (s0, 16, 64)> : !torch.vtensor<[?,16,64],f32>
    %int64_124 = torch.constant.int 64
    %125 = torch.prim.ListConstruct %23, %int64_124 : (!torch.int, !torch.int) -> !torch.list<int>
    %126 = torch.aten.view %124, %125 : !torch.vtensor<[?,16,64],f32>, !torch.list<int> -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %126, [%0], affine_map<()[s0] -> (s0 * 16, 64)> : !torch.vtensor<[?,64],f32>
    %blocks.1.proj.weight = util.global.load @blocks.1.proj.weight : tensor<64x64xf32>
    %127 = torch_c.from_builtin_tensor %blocks.1.proj.weight : tensor<64x64xf32> -> !torch.vtensor<[64,64],f32>
    %int1_125 = torch.constant.int 1
    %int0_126 = torch.constant.int 0
    %128 = torch.prim.ListConstruct %int1_125, %int0_126 : (!torch.int, !torch.int) -> !torch.list<int>
    %129 = torch.aten.permute %127, %128 : !torch.vtensor<[64,64],f32>, !torch.list<int> -> !torch.vtensor<[64,64],f32>
    %130 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_8> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %int1_127 = torch.constant.int 1
    %int1_128 = torch.constant.int 1
    %131 = torch.aten.addmm %130, %126, %129, %int1_127, %int1_128 : !torch.vtensor<[64],f32>, !torch.vtensor<[?,64],f32>, !torch.vtensor<[64,64],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %131, [%0], affine_map<()[s0] -> (s0 * 16, 64)> : !torch.vtensor<[?,64],f32>
    %int16_129 = torch.constant.int 16
    %int64_130 = torch.constant.int 64
    %132 = torch.prim.ListConstruct %1, %int16_129, %int64_130 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %133 = torch.aten.view %131, %132 : !torch.vtensor<[?,64],f32>, !torch.list<int> -> !torch.vtensor<[?,16,64],f32>
    torch.bind_symbolic_shape %133, [%0], affine_map<()[s0] -> (s0, 16, 64)> : !torch.vtensor<[?,16,64],f32>
    %int1_131 = torch.constant.int 1
    %134 = torch.aten.add.Tensor %92, %133, %int1_131 : !torch.vtensor<[?,16,64],f32>, !torch.vtensor<[?,16,64],f32>, !torch.int -> !torch.vtensor<[?,16,64],f32>
    torch.bind_symbolic_shape %134, [%0], affine_map<()[s0] -> (s0, 16, 64)> : !torch.vtensor<[?,16,64],f32>
    %int64_132 = torch.constant.int 64
    %135 = torch.prim.ListConstruct %int64_132 : (!torch.int) -> !torch.list<int>
    %136 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_9> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %137 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_10> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %float1.000000e-05_133 = torch.constant.float 1.000000e-05
    %result0_134, %result1_135, %result2_136 = torch.aten.native_layer_norm %134, %135, %136, %137, %float1.000000e-05_133 : !torch.vtensor<[?,16,64],f32>, !torch.list<int>, !torch.vtensor<[64],f32>, !torch.vtensor<[64],f32>, !torch.float -> !torch.vtensor<[?,16,64],f32>, !torch.vtensor<[?,16,1],f32>, !torch.vtensor<[?,16,1],f32>
    torch.bind_symbolic_shape %result0_134, [%0], affine_map<()[s0] -> (s0, 16, 64)> : !torch.vtensor<[?,16,64],f32>
    %int64_137 = torch.constant.int 64
    %138 = torch.prim.ListConstruct %23, %int64_137 : (!torch.int, !torch.int) -> !torch.list<int>
    %139 = torch.aten.view %result0_134, %138 : !torch.vtensor<[?,16,64],f32>, !torch.list<int> -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %139, [%0], affine_map<()[s0] -> (s0 * 16, 64)> : !torch.vtensor<[?,64],f32>
    %blocks.1.mlp.0.weight = util.global.load @blocks.1.mlp.0.weight : tensor<256x64xf32>
    %140 = torch_c.from_builtin_tensor %blocks.1.mlp.0.weight : tensor<256x64xf32> -> !torch.vtensor<[256,64],f32>
    %int1_138 = torch.constant.int 1
    %int0_139 = torch.constant.int 0
    %141 = torch.prim.ListConstruct %int1_138, %int0_139 : (!torch.int, !torch.int) -> !torch.list<int>
    %142 = torch.aten.permute %140, %141 : !torch.vtensor<[256,64],f32>, !torch.list<int> -> !torch.vtensor<[64,256],f32>
    %143 = torch.vtensor.literal(dense_resource<torch_tensor_256_torch.float32_1> : tensor<256xf32>) : !torch.vtensor<[256],f32>
    %int1_140 = torch.constant.int 1
    %int1_141 = torch.constant.int 1
    %144 = torch.aten.addmm %143, %139, %142, %int1_140, %int1_141 : !torch.vtensor<[256],f32>, !torch.vtensor<[?,64],f32>, !torch.vtensor<[64,256],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,256],f32>
    torch.bind_symbolic_shape %144, [%0], affine_map<()[s0] -> (s0 * 16, 256)> : !torch.vtensor<[?,256],f32>
    %int16_142 = torch.constant.int 16
    %int256_143 = torch.constant.int 256
    %145 = torch.prim.ListConstruct %1, %int16_142, %int256_143 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %146 = torch.aten.view %144, %145 : !torch.vtensor<[?,256],f32>, !torch.list<int> -> !torch.vtensor<[?,16,256],f32>
    torch.bind_symbolic_shape %146, [%0], affine_map<()[s0] -> (s0, 16, 256)> : !torch.vtensor<[?,16,256],f32>
    %float4.471500e-02_144 = torch.constant.float 4.471500e-02
    %147 = torch.aten.mul.Scalar %146, %float4.471500e-02_144 : !torch.vtensor<[?,16,256],f32>, !torch.float -> !torch.vtensor<[?,16,256],f32>
    torch.bind_symbolic_shape %147, [%0], affine_map<()[s0] -> (s0, 16, 256)> : !torch.vtensor<[?,16,256],f32>
    %148 = torch.aten.mul.Tensor %147, %146 : !torch.vtensor<[?,16,256],f32>, !torch.vtensor<[?,16,256],f32> -> !torch.vtensor<[?,16,256],f32>
    torch.bind_symbolic_shape %148, [%0], affine_map<()[s0] -> (s0, 16, 256)> : !torch.vtensor<[?,16,256],f32>
    %149 = torch.aten.mul.Tensor %148, %146 : !torch.vtensor<[?,16,256],f32>, !torch.vtensor<[?,16,256],f32> -> !torch.vtensor<[?,16,256],f32>
    torch.bind_symbolic_shape %149, [%0], affine_map<()[s0] -> (s0, 16, 256)> : !torch.vtensor<[?,16,256],f32>
    %int1_145 = torch.constant.int 1
    %150 = torch.aten.add.Tensor %146, %149, %int1_145 : !torch.vtensor<[?,16,256],f32>, !torch.vtensor<[?,16,256],f32>, !torch.int -> !torch.vtensor<[?,16,256],f32>
    torch.bind_symbolic_shape %150, [%0], affine_map<()[s0] -> (s0, 16, 256)> : !torch.vtensor<[?,16,256],f32>
    %float7.978850e-01_146 = torch.constant.float 0.79788456080286541
    %151 = torch.aten.mul.Scalar %150, %float7.978850e-01_146 : !torch.vtensor<[?,16,256],f32>, !torch.float -> !torch.vtensor<[?,16,256],f32>
    torch.bind_symbolic_shape %151, [%0], affine_map<()[s0] -> (s0, 16, 256)> : !torch.vtensor<[?,16,256],f32>
    %float2.000000e00_147 = torch.constant.float 2.000000e+00
    %152 = torch.aten.mul.Scalar %151, %float2.000000e00_147 : !torch.vtensor<[?,16,256],f32>, !torch.float -> !torch.vtensor<[?,16,256],f32>
    torch.bind_symbolic_shape %152, [%0], affine_map<()[s0] -> (s0, 16, 256)> : !torch.vtensor<[?,16,256],f32>
    %153 = torch.aten.sigmoid %152 : !torch.vtensor<[?,16,256],f32> -> !torch.vtensor<[?,16,256],f32>
    torch.bind_symbolic_shape %153, [%0], affine_map<()[s0] -> (s0, 16, 256)> : !torch.vtensor<[?,16,256],f32>
    %154 = torch.aten.mul.Tensor %146, %153 : !torch.vtensor<[?,16,256],f32>, !torch.vtensor<[?,16,256],f32> -> !torch.vtensor<[?,16,256],f32>
    torch.bind_symbolic_shape %154, [%0], affine_map<()[s0] -> (s0, 16, 256)> : !torch.vtensor<[?,16,256],f32>
    %int256_148 = torch.constant.int 256
    %155 = torch.prim.ListConstruct %23, %int256_148 : (!torch.int, !torch.int) -> !torch.list<int>
    %156 = torch.aten.view %154, %155 : !torch.vtensor<[?,16,256],f32>, !torch.list<int> -> !torch.vtensor<[?,256],f32>
    torch.bind_symbolic_shape %156, [%0], affine_map<()[s0] -> (s0 * 16, 256)> : !torch.vtensor<[?,256],f32>
    %blocks.1.mlp.2.weight = util.global.load @blocks.1.mlp.2.weight : tensor<64x256xf32>
    %157 = torch_c.from_builtin_tensor %blocks.1.mlp.2.weight : tensor<64x256xf32> -> !torch.vtensor<[64,256],f32>
    %int1_149 = torch.constant.int 1
    %int0_150 = torch.constant.int 0
    %158 = torch.prim.ListConstruct %int1_149, %int0_150 : (!torch.int, !torch.int) -> !torch.list<int>
    %159 = torch.aten.permute %157, %158 : !torch.vtensor<[64,256],f32>, !torch.list<int> -> !torch.vtensor<[256,64],f32>
    %160 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_11> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %int1_151 = torch.constant.int 1
    %int1_152 = torch.constant.int 1
    %161 = torch.aten.addmm %160, %156, %159, %int1_151, %int1_152 : !torch.vtensor<[64],f32>, !torch.vtensor<[?,256],f32>, !torch.vtensor<[256,64],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %161, [%0], affine_map<()[s0] -> (s0 * 16, 64)> : !torch.vtensor<[?,64],f32>
    %int16_153 = torch.constant.int 16
    %int64_154 = torch.constant.int 64
    %162 = torch.prim.ListConstruct %1, %int16_153, %int64_154 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %163 = torch.aten.view %161, %162 : !torch.vtensor<[?,64],f32>, !torch.list<int> -> !torch.vtensor<[?,16,64],f32>
    torch.bind_symbolic_shape %163, [%0], affine_map<()[s0] -> (s0, 16, 64)> : !torch.vtensor<[?,16,64],f32>
    %int1_155 = torch.constant.int 1
    %164 = torch.aten.add.Tensor %134, %163, %int1_155 : !torch.vtensor<[?,16,64],f32>, !torch.vtensor<[?,16,64],f32>, !torch.int -> !torch.vtensor<[?,16,64],f32>
    torch.bind_symbolic_shape %164, [%0], affine_map<()[s0] -> (s0, 16, 64)> : !torch.vtensor<[?,16,64],f32>
    %int64_156 = torch.constant.int 64
    %165 = torch.prim.ListConstruct %int64_156 : (!torch.int) -> !torch.list<int>
    %166 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_12> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %167 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_13> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %float1.000000e-05_157 = torch.constant.float 1.000000e-05
    %result0_158, %result1_159, %result2_160 = torch.aten.native_layer_norm %164, %165, %166, %167, %float1.000000e-05_157 : !torch.vtensor<[?,16,64],f32>, !torch.list<int>, !torch.vtensor<[64],f32>, !torch.vtensor<[64],f32>, !torch.float -> !torch.vtensor<[?,16,64],f32>, !torch.vtensor<[?,16,1],f32>, !torch.vtensor<[?,16,1],f32>
    torch.bind_symbolic_shape %result0_158, [%0], affine_map<()[s0] -> (s0, 16, 64)> : !torch.vtensor<[?,16,64],f32>
    %int1_161 = torch.constant.int 1
    %int0_162 = torch.constant.int 0
    %168 = torch.prim.ListConstruct %int1_161, %int0_162 : (!torch.int, !torch.int) -> !torch.list<int>
    %169 = torch.aten.permute %9, %168 : !torch.vtensor<[128,64],f32>, !torch.list<int> -> !torch.vtensor<[64,128],f32>
    %int64_163 = torch.constant.int 64
    %170 = torch.prim.ListConstruct %23, %int64_163 : (!torch.int, !torch.int) -> !torch.list<int>
    %171 = torch.aten.view %result0_158, %170 : !torch.vtensor<[?,16,64],f32>, !torch.list<int> -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %171, [%0], affine_map<()[s0] -> (s0 * 16, 64)> : !torch.vtensor<[?,64],f32>
    %172 = torch.aten.mm %171, %169 : !torch.vtensor<[?,64],f32>, !torch.vtensor<[64,128],f32> -> !torch.vtensor<[?,128],f32>
    torch.bind_symbolic_shape %172, [%0], affine_map<()[s0] -> (s0 * 16, 128)> : !torch.vtensor<[?,128],f32>
    %int16_164 = torch.constant.int 16
    %int128_165 = torch.constant.int 128
    %173 = torch.prim.ListConstruct %1, %int16_164, %int128_165 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %174 = torch.aten.view %172, %173 : !torch.vtensor<[?,128],f32>, !torch.list<int> -> !torch.vtensor<[?,16,128],f32>
    torch.bind_symbolic_shape %174, [%0], affine_map<()[s0] -> (s0, 16, 128)> : !torch.vtensor<[?,16,128],f32>
    %175 = torch.prim.ListConstruct %8, %16 : (!torch.vtensor<[],i1>, !torch.vtensor<[],i1>) -> !torch.list<vtensor>
    %int0_166 = torch.constant.int 0
    %176 = torch.aten.stack %175, %int0_166 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[2],i1>
    return %174, %176 : !torch.vtensor<[?,16,128],f32>, !torch.vtensor<[2],i1>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_32_64_torch.float32: "0x0400000039CB463FF3BF0740E33FF13E9E2EBBBF7B5EFDBD5AB0F43E58C9893F249B883FFF1BAA3F83B472BE44E40B3F9387A33E7C368D3F33F49DBF5ABE60BFDE08FA3F37165D3F40E71A3F1FD2A7BD8E72A4BF5506CD3F77D6523F1225C63CA64D913E154F29BF05F91D3D72843EBF800509BF2DC810C081F6723EDB5D223F45B830BF3677703FF0F7C2BFD70CCF3FA1FEE13E569A2F3E1BD5993F670C503FC8F0623FE469C73E858FD1BF88266CBFC21B0DBF219945BF9667CFBF5EE7BE3E77300F3F2A4111BF4526583FADDFABBF95C06E3E5A7531BE9FC2753F06D384BF1035ED3FA4E8353E7CF82DBFF756BC3E89A905BF94D4B0BD8DF8E6BDEC2086BECFBAD93D9ECA3FBFF57CA13FD97C0CBED68293BE94BDCC3E4D93273FE86459BFFF9CBCBD7E1CB63F8C75303EB6FBCDBFC880E83F064DCABF4B6431BF3761763F4D5E38BFFE9B483F6D4D873FE933863AA24BC8BFCBAD343F3C4C9C3FBCBFAE3ECFE80CBFB5CE4FBF72B9FBBD22789FBEB85084BFF25C013FEC06CF3DA201A9BED466583CE5E312BF2384D0BF79D478BFAA9148BF762A0DC025C1053FAF6243BEEF5D063F326030BE75158CBFBF92A13E9589733EFD0268BFF0CE38BF5EA227BFD44CA23EBC74A53FCCCAD8BE686CD03EBBD9E53F40359B3E0DF6F4BF0D3AEDBF8D0FDC3EB9E0423F25AE2C3F24C73A405E41334091236B3F671C8A3D4668D53F3DB1863EB0E98EBBBE0F443FC9EDE13E0ED674BF4C661840740A11BFBAFFCC3F87EC333FC66BF6BF5AE9AC3E750BC5BEDA82663F5864E93F1F9F593E2386973F52D1123E250295BFE1009BBE141AEBBE8E850D3E306659BE64AF82BFBA5DA4BDD95E203F9F504FBFF09F25C0E5DE223FCC29BD3F06AA663F544BA03FFE82A3BF051217BE6CAFE4BFE1C3633F330BADBFA92607BE45592EBDFC1EE8BED692263F2E1392BF1918B03FA287D53E7D6021BF9612DB3FDAFC243F977173BFD160603F84B43B3B14DCC83E10C4B2BE2751A23F0FB5693FAFEC95BE973D22BF2831BB3F3702743FC6D91B3E5C440C408785213F70086BBED738C43EB4F04B3F157984BEA4A12B3CC4A91A3E00020ABF91E0903F5334583F35753F3F74579FBEAE2F603F005503BF94ADB63FFF8BC4BE16D3963FB8EBDD3E24AFABBFDD6A69BF04F5513E594439BE13CB553E3B1D013FC9F2E93FE6202A3F5DD3903F1034213FEF99493E4A8473BE7B72B9BF548455BF3E09563F7ED98B3E304F69BF5CDF4DBE98B05B3E729CB73EAE9A86BF31BCD7BDE7F0BEBF793BA6BF413AB53EA834B13E81D8FCBE19DB6CBFB6740F4020C5DD3DB53E883E061E0ABF80AE69BFFFB211C02BEE35BE21E8A4BF266A0440A89337BE1442D03FEF6E3D3F0AAF3D3F00A341BFE13DA7BF83C58CBF414A843FC7F702BF3353E43E68D5A63F0EF981BF24EDA4BF17F492BF2F1610BFC34AEBBFBCD41CBF5CE90CC0A5FF1DBF321F023E0B31C53E392A7FBFC1D2243F860C53BF279493BFD4CD23BE73F48ABFCA1D57BF7CB1A5BF7AFB8D3EDDF21BBFDAFF41BFAAC1C5BE7B1472BFF040E3BEC0C60BC08B24E2BE2A0ABDBDF0115DBF0EF6993F5631BBBE7D39963F5B53043FE684593D8C00A03FE691103E290182BE636FF03ED85E6F3ED56149BDAD494FBFA38ED73E4E81503E03584C3FB96A18BF869C3C3F35F36CBFB61174BE7730A1BEBDC0A3BF704B56BF7D1DEF3FA810913FA778583FD2549B3ECB3C903E1A0349BF6627BCBDEA33F23E44B129BFD9745B3F262EB0BE3E8288BF563FCC3E5472913E0F5461BF3E68173E70870EC0DEA0C83E5E2D843E89C37EBE874E8FBFFE090CBFB11FB83E89D207C0CDB2003FF9E5AABF8B72593E1082013E870574BF8EBD9EBE5B27B93E15A5103E2D32C03FD2E6F03F51228F3FFB9084BDD7098ABFD2C2D23F4431683E51EFFEBF467D953FFBFC163FB07C3D3FFA1B08BFBCD00ABD16710040C414823EDE619E3E5817BDBEDEE7963F8BFA673E6018AD3E4F80843D9EC1903FEFB10B3F8206083F04EC5B3F37357A3FFB0083BF679B953FF7FCC43E98E6B8BFA8586B3F53CDA4BFB2991CC0E837B93F19976DBFCAF4A03F1C57AD3E471C90BF1F5B17C07FDF39BE9E5C343B9CF4EC3EDCD85E3F3A6B02BF0ED5C3BF075689BF32990C4059A9B0BE47C33BBE2063B7BF81AD353FD63A97BF0F2C98BD8E2A14C0620203BF06A91EBF3593983E01DBC4BF2E5C6D3F89CC19C00DBD6FBF3CFF82BFE8881E4009BFA8BF13D1533E898D45BF696EA53D944DC33EA6C348BF794FF0BF19E18DBD06C7733EF6A7CABF23DEA7BE6160AE3EE0F195BF8D09B23E1F02CB3E1025D6BE27E142BF9B2EDFBFFFD2C6BFE74AB83E14B9B93E424EF23ED6E29ABFAF3E1B3F251DA4BF9C417C3E36772E3F15A6C63E4EBC4BBFF995C03F8C04623FF76A2DBFFC6970BE3F13C93FB47D593F4BB2CBBE58B003C03F5BC2BE36BD74BFB9490EBCAAC6FB3FC145C53FF847A03E6CAC48BF051D3FBF246CF63F5999403E9C8121BF949067BF231BA8BF0AF7B73ECDAA9DBE2B6863BFAAB17EBDE5CD573F51CEFDBE8D328ABF775EAABE9D5CD6BE6706D5BF7572D0BEF3EFD93F320C6E3F660AA6BEC1611EBF0C0ECCBE2BFF27BE04DB603E991D18C01D6A91BF6E0B18BF181421BE34D5193FE20E31BE02D30ABFEA9354BF9A80A63FB6AC983FA4FDAABED2895A3E03D9ABBFA31E183D876921BF555A353F06FD903C440BD33E8704C23E34FCAB3EB7D4A4BF0B22FE3F2F8EC13FBA2003BF860034BEA4F881BF592D8E3F7FECFB3F1BDC983DC09D083F06A91DBF03CD193F966BA33D0A23F63E16F9CCBE5D41A43F67063FBFE3E609C0D254D93FD7A98A3FD475A0BFFB5227BE71ED04BD136C53BFB5264ABF1D59BB3FFBC85DBF69FF033FB08575BFA703893EE75705C042B9B53F31CEC23E4EDC153D72F606BEFFAFC2BE03F8223F1DAD093FD18691BE22BE1A3E1274053FB3290C3F65ABA93EEE278ABF0EF3BF3ED8C3393F405251BF3987A73F6970963E3BE899BE81310C3E1AC6773EDDCDA23C89CDEC3E807DC23F8D3ECC3E2843CEBEA779C23EFA8E94BDF9BCD13E7F2F053FF88C084097C103BF11E51B3F48A393BF36E082BFF24526BF0A932B3FD4A4E13EA60AE53FBA133FBE1A8AF6BEF498AE3FA0BD62BF4F7509BE03920EC0D82FE53F050800403A5EE83F6C5C1FBF4B915D3E6D508F3F962B8EBDCEB6EEBFB338483E8C67983EBDA7313F5B477A3F0DFD89BF8C6E503E439642C069648DBF283E313FB029033F1623023FCAA13DBF7B0CFEBEF2B30FC09B042B3F686F9EBF4EC520BFE44D393EB40E9B3E02FE66BF7596FFBE5082553F8DC9FC3F1C9DCCBF8F7CC83F52593EBF331AA33F5EF95D3EA8FDDB3EA7CE88BF8B8F193FBD386FBFE9E5A4BEBCAC703F52CEA4BF6A8C82BF79033ABEF2D098BFF55ECFBFB210C33FC17B84BFEB6EADBF3D23273FA6976BBFF499D03CD76D8E3F4C118BBFA5E155BF666CF4BDCA3F7EBEC7A80FBFED8713BFBA14A43E15810F40552718C0F58ED1BDC9B01D3E242768BE1ACA113B108D7E3F1F1306BFE62EBFBEB08D6BBF8860C4BE913C733F34FFC5BC75491ABE59F2F5BF86D32D3F87FC4DBFE8BB7E3F2A289DBF195C2D3F4FF16EBF2967DB3FC53FACBED80274BF574CFBBFAC6F63BFB178403FE08818C0E8C060BF3C54203FBFBD25C04EFC38BF5E11F9BE9AE84F3F8E7C643F1D4712BFE516C03D21568ABF4C188E3B8338A33FADFED83D471081BFA0491F3F35D5703ED3391E3FB2E23CBFCB84943D86099A3D102EB33E2A152FBF731CE93E95677A3FFA7B593E59C69BBFB41D9F3E6133773E5828EC3E884D693F9599A8BEED3E003F70C32CBF84AEAEBF3C52AB3FE86E8F3F8A4003BFA5ADC03FC47804C090B738BFC9DF0BBF0EED96BFDC8EEA3EE523833F8CE6A4BFF564133F772867BEC67110BF3F8FF6BEFE9F5EBDAC4ED83F67761D3FA431213FF700763DDAB1F3BDA4ED99BF37EA42BF4A31733EDBAF42BF5A5FC03B31DA913FBEAB413F043BDF3FAA5F943F2297A1BCE6E969BE0B37F23EDF1AA4BFC167A23F213B2BBFF46776BEC82783BE1A7590BF82E2D0BE02E141BE5C4E1EBF1A1F2B3F5FE3903E6ADA623F4501E93A2AD0DBBE556627C01F36233FE0E213BE70E6ED3EAC47943FF1B1333F97C21CBFD1F42CBF7AD68B3F6F89B23F3892803F787080BFFB25EDBEC422913FC6AA26BF1E5BAD3EF7B80EBCBEE4D9BF5D46693F360F25BE1715ECBFE500CFBFA3A5673ED0959FBF8DA42DBF32D1AEBEA948AB3EEF3655BF298895BED0F0303E13CE333FA45620C0DB91D73E1F04863F00C4A43F649A723F21D700C0BB97DF3E6D9374BE082E95BFACE40F3F452EE23E363FBD3FA4FABE3E366DF53EB4BCAABDFCBCA63E77D005BE40B1E3BF784BA93F9CE6FCBE829208BF105F7ABFB085A73FCEC15A3FE84F853C06CB18BD73A96EBE2730253FBBE33BBF240EAEBE02A50CBDCA55B03F76982ABF4AAF343D1C8A31BECC143CBFE2B400BFD37070BE29278B3CB0656B3E9B724FBFB4CC13BF5939E4BECB6CABBC4FB3993FB1807FBE6B24E73E7C03C93F4DA291BE6560093D7D4500BD2DA9113F5138943D181AADBF49A2DA3E5E00F3BE269136BF70FF84BF0B693CBF6F35A23EE780553F57FAD33FC5EBCABE153925BD3355C5BF91F0633EE9099B3FD2076B3FF0FEDBBF5B7358BFE4364C3FB63445BF15C549BE9AAFD1BEB704DABF58261C3F1B54103FB0AF57BF3E487BBF31F40A3E9B5F0F3D9D57313F2EDD753F9962F73F18AB8E3F8FF92F3F027E723F389BA7BFAA9C84BF6B68353EF8C67ABE8A500E3FD11301BFA7A4A83FA36AC7BF0A9EFC3D8A150940D06D1EBE6F23B4BE3620423FA9403D3D5E75993F779D1C3D71C1F53FED3CC03B08F91440B90A9D3F8EC93CBFBCE0AC3F2955E43FA59EC7BEBC2ADDBD5588E23C82C5F1BE6F60363FB88C3DBF323D4C3E59194A3BEF5633BF54CC1E3EEA5E873F703EFB3E21571CBDD0707EBFDD3B403FDAE9F33ED82B05BF72E5A33E67D6AF3C31DA6F3F497DCABF26F18FBB2FBB303FC09480BF923887BF000E083ECBABCC3E1D36573EE54FBC3F47F6563F76A4A13F7993303F0632A3BB042B4EBFD8556BBEEE6CB8BFEB81243F09C9B8BFF5249A3F9C4702BF34D7E1BEE65E313E86A472BEDFDEFC3E4409C03E38E5CD3E9D5B9D3EACAC29BF40878F3E16B0A53F2A9EF4BFA58849BFA67FADBFD6CF87BEFB7CF23F9BDA603F798B803FEBB6D7BFF14BB13F02D4B03FDAD8463F02DC0EBFE829CE3E6B829D3E6F7E893FC2FEB53F6F31203FB848723FD898A83F66C9ABBF2232EDBEECAC75BF2EE780BE3728AE3E823892BD9CE9D13F43922DC0DCEB123FE4B7C33F35B8E2BE798391BF248A9E3C32B65F3F781D8D3FD2D8883FE2C7014095A0A2BF0416E0BE0FD0013F932A973E4DAFA9BF4B336CBF617F373F955819BF7F92503E12234B3F70363E3F4362473FA66D6EBF87CD02C0C3F639BFD257993F6C60A5BD5C841F3FDCF7F23F725F993FEC4B83BFAAC34CBFB560453E5CD9BB3D0B52AEBF3602533F07B871BF1F5332BF9523F63FE66A2DBF864F1D3DD417A83D9EA2773F9034973D989F9CBFA3F4723F91D5AB3FEAE93CBFD2B1693F66778FBF058B413F8E7C1BBFE742B2BBF4D4F33D53C288BFDC35DFBE8DF0043FFF507E3C557B89BF9DA48FBE1C2C833E4889A43FA861273D609883BCDB835A3F084757BE702D04BF98F527BF6F69AEBFFE13083F3627DEBF7B7236BE2438023FE605793E3257AA3D6095733FA7EE883F444C7A3F9580853DA154EE3EE5AACCBFA355063D89C08C3FCFBE2CBFC4F0E3BEFD70CA3E90B33DBF7FE1783EEA718ABF00DE233F92628B3C387B883F91FD993FB20D6A3E98DBB9BFDE8AE6BF8BAB6D3F546DAD3C9F2A57BF42EE463E7B58C73EBCBD053F54CC77BF9FDCA8BF41D773BF6ECCA3BF63133CBF769EA8BF8D08893E21988EBE6B161EBF2853ECBEF597213F88BBF63E36557CBEFB50813F0AFA3EBFAA8E5FBFB95A8ABF04AF5B3FEDBC2C3F235DA03FB3790F3F1831633F18705A3FC5387F3EBE3080BEF8F4473E3F53213FA345953E1575A7BDB37EE9BEB4DCF83F231D163E7EB2623FC574E3BE7227283FBF9B10BF8A5B0EBF067EFB3EEFFB24BF4E51913EA39658BBFA0E68BFEADC5D3FC31B0540CAABF13E54A88D3F6F8D4EBFDBB51C3E376D9F3FBA47773E031020BF4F6D94BFB16DD0BECE236D3E4106203E65C9233F0B4A3940E3380040B415913D23FC8BBF6EB9D9BE7BD7C6BDF78CE13E2DF341BE3019BCBEC0A69CBD3A2BD53E1B6A91BF531B26BF3E9D863EADA534BE76A8563FA2AA663F34C9FFBE87F6883E00C5973F7789173FBE93FCBE6213013E81D24BBF5D8A3DBF04C7833F775A553F03018C3E17FCD1BE2CEAA1BF2B6804BDD387F73C99E2F2BFEA9DACBD8B938D3FF8AFB3BEF1BDE6BF479F193F04EA82BE3CC0BEBFEE4C6EBFD127BABD541AA43F09D0D13F0AD4EDBE0C07873F90F02E3F76D988BFBD24CFBFFB9B203D7902DD3FF8A1B73F52476F3F6CD0C0BE656C4BBF6EA8633D28677E3F1225083F33C0E83CE0D125BE759B033DABCA813E2EF2A9BDC03E56BF48DCD5BFDD54C73FF18FC43F824FB0BFA9AB933F33AECD3F6B70F13E586B75BF215CBDBDA6010F3FB4BB58BFF0CC91BF78259A3D10C5043FC89B893E8F53543E4CD0233F7E6AEB3E939191BF55CD153F40D00F3F4ADBE93DEF3B5ABE6C3386BE788AD1BFC7626DBF3ED091BFC0D4023F87C3CC3E3BC58D3F45C1C23F11E68BBF32E10DBFB7F2CBBF93D95A3FEE501EBFB60A513F4E55B4BC737BE9BEC2DBDC3FCA693240BFDA3E3F6635D0BEDE5460BFEF99353D1A394CBF26D61D406F679B3FD9AAABBEAC4CC1BEE898163FC88C583FD8D062BFA1C19B3F15E6D9BDEB8FE93F5800463F8CE90540C675C73D3464523F5E22573E31B375BFC27616BFC6EB49BF1637CF3FB759A1BF746AD03EE95E73BE082391BD6809D63FB86B083DD218893F29DD6E3FBD8C383F25BCC9BFFBB95CBE9AB30EBF0FB4AFBFAC1D6ABD6DB81EBF8F61F9BFE3D7F13F30E3EDBD1A8C7D3F16D999BF62CD23BEB6ABBE3EBAFD953F2A0CAB3F090D05408C0503C0FFA231BF3AF3803F6E4FCEBE536FA8BF36D627BE2D044F3E41FDA3BE7DB0853F7D4E593F0212FBBDABF7DBBEBAAB83BFAE9DF0BF4EE919C04E29F13D99960BBFE555E53F797C4FBF072E813F028AD3BE0449373EDC15E4BFD702C0BFB1EC793FE7B88B3FD488DCBFB3082FBE03E0D83FC39E2D3F2F81F6BED999B73EAD9D12C003BEA73B4D5AF43ED18F6DBF6A378ABE39758FBF7988813E65BACDBED0E9AF3ECF9C2CBF0A011F3F59F2B03F7756E83E9B56143FF6AB9F3F61EA933F536997BDB87FEC3F9E40F6BF2EB84A3F39F159BEE30206C0CBE42C3FA6A5813F18122BBE77CF0F3EEDA77DBE7709E1BF229F3BBF51E8043E9954943FF24E3FBEF92D51BECA34C5BE754CA13FD7068B3FCC57D23FAA3305BF945F8E3FE94926BF37FF8B3EDB02BE3FF8C80840D9541DC08E57753FBAD025C0ED30B13EC153113F3BC1C1BD5CA4D53DF3ED6B3E15F5FF3F783F7DBF2CB94EBFC41B173F93E2D13F53CB87BFCB2285BF7FB24540241BA7BC221E81BE33328B3CF4138E3FBB83153D0D19B83F88A1C33E66ED423ECF3607BEB625263EDE8399BF18050D3FB21B23C078F2CCBEE8E5A23F201E804091F465BEC10B603F745478BF8FBD933DE1E4BFBF3532553FC56AC43D94EA1A3F70E1053CFFAFB0BDE0F0083F7FFD064044C44FBFCFE724BEF7F31BBFFF5B09BE45516FBFFB36CDBEB8CA69BEBBD261BD9B89D5BF672187BE5AB2A6BE888F5CBDE945EBBFB5357CBF57E20FC0C61A713FB41B91BE77FDEDBEF0D0B6BFDC2A08C0D259C6BE318709C0EA4DA1BE852ACDBE9B6DE53EA46827BEDA3E26BFBF3484BF40F4D6BE0BDA2EBEE25001BF36FBE63E87A822BF2A1BEEBFCFB02A3F7881AE3E66B4D23F336224C053C25A3F062F9C3F1428B5BDE9892C3FB7230CBF3BA5913FDA62F8BD625BC03C861FB83E61029BBF2158BDBF2E5891BF6177E3BDB4D5004044B6B23E658F3D3FCC9BF5BF3C4894BE8F891F3F52110EBFEFAE403F5A91BD3F1B630EC05301D6BEA20306BF0F94463E9B977BBF085835BDDE842ABF11298C3F21F4B83E5914FE3E24F6E53CF6B696BF11C8903E469A0BBF17AFE03FE23CB53ECFC976BF15CCAD3FB1B1033C909B41BE6039B0BCF73EB4BE1DB87C3E1423883EA1CB183F74D1FABE4ACD124083C265BE37C8D23F0F049A3FB216573EBDB63BBF9AF0513F603BA3BFB610963DE1C608BDE05E93BF2E1F3EBFAD9070BFE913F43ED33EE0BFB078A03EAEFD99BF7CA8853FCE3807C011D92B3FB6F7523EF569453F5070CF3ED139BDBD6CD32F3FA03319BFDE7D3CBFD47A643EBE76973FE54831BF801B5CBBFAEFE43D4FD4ED3D5EB7FCBDF7C09FBFBDC1B2BE13F8D13D9887BB3EC460A23E95098FBF6FDE45BF2E16913FAF9DA73D91909ABF0D4A4DBFC0FF8EBFDE24553EFDF807BF18C31FBF536D7ABFD969BB3E82651F3DBFE022BF35ABA53FBBBE593EF5D689BDF3ECFEBF99B8D8BFD9E601C0A6B1803F4A8C083EA2EB3A3EC2F3C33F77198A3E223B8F3F21CF713FAADCCC3E3BED68BF2A01483F1C2EB5BFC8FBB0BFB07824BF6E0099BFB93A5ABD33AEB6BEFBE85F3ECF30AA3F862108402572F23E8F196FBCC723D2BE0A54BBBEE27751BFF20EC6BFD34599BE52EC3CBFEC278ABF4C57173F1142F43E905380BF903DB83EBA58B9BF10A2183F93163FBF7D0CCE3F29D4AB3F1AD180BF7160893E459FF5BF7D7342BFF5FBB7BFAD45B1BECDC5A3BF4B284E3EAD56F2BDBD5210BFB9EFEBBE8E44133FAD04A0BF3581C9BFB728B33D3E4CEFBE25031DBFB90735BFE50409BF6B6CD33E47EBCB3F2A30A9BEF537FFBE0BAAC3BF7E4F613F97035DBFD29AD6BE5DCE1ABE4DE91CBEAEAB973FCAF9E7BF1E199CBF2BFC56BEDD25203F89C81540D5511E3F3B9487BF9850953F99E93FBF20C4A3BEC2EC103D54270EC0E834B6BF690C6DBFB3F12FBF398D133F9DDF253F842F5B3FD03FBABFBF3694BFF809BF3E10C77DBFCE73CABDECA921BFE10EB33F521F293F3496A53FDF9530BF90D8EC3FE348A1BFC3F922C0DA4EA6BF02F0D93E40F152BEE9479ABF14F78DBF0BCD113E823CECBD05017BBFB93FABBD4FDFEBBE6288A63FED62573FEAAF06BF845C973F2CBA043FAD98E03D2AC5303FEC048C3FEA0DC3BEC207E13FD0CB613C10DDDABEB5D385BEDA790B3DC9FC16C03932BD3EABF2A3BED67D6CBF1D063BBEC446ABBFC629463FDDC2803FDE26D7BE2FE3A1BF9F34243E111317BF97B228C095B2C2BE531B0EBF75BBAD3F112B7E3F82CB403FA2B53CBFB4D788BFB6AFBCBEE760473FEB19324020CB31BF7DAC3A3FACC55ABE3C3EBEBDDF688F3FF9DD563E736D283F61F85CBF714B3F3DC73852BF0AA57F3FCFD4D5BF3C8C2EBF0DD2FEBD40A1A8BE82857FBFC30248BF84E5D0BEEB61443E2ECCC53E41928EBF33A2D83EEE9B953EB18ED4BED874773F7E1299BEAF892C3F4F4E1EC0EBE5383E7750203FABA200BFADE4FE3FFA23BBBF4AF8223FBF928ABF09243E3C409618401C54EF3BE46712BF29A4153F043C603FCF53913E1C01D6BF3C480C3F137C693F3AC8A03E1DE79ABEFFB3BC3D55BCA8BFC43C43BD925F3BBF06701CBFF8EA45BF75B2C7BF7498A43F10A0DB3FA89C48BEC0EB86BEDC61DC3F8AF97A3EBE692C3F6334013F975AAC3F969222BF35FA74BFFB4B99BE12E3B4BFB849E93E2456ADBEF80FC13F70B194BE2D37953E72E297BFA60018BF123E543E4010D33F701FDABE2A0304C0338B4C3F32740F3F652F1FBFC71136BF453497BF3BCEDD3C1FF3A7BFA3C64F3E1C271FBFAE44B73EABBA053FAEBB66BFBF80143FA3DB40BFF32DA8BDDCEF28BF5704E23FA5E7E8BEC162EEBEE65B1F3F0BA2613F437F323F1809C1BF503BA9BF829954BFCD9C92BE6124A2BE7D47783E7518B8BFBB931B3FE0CFB0BFA01B143FCB65D2BFA622BC3FA76570BF5232FDBF6F5C423F055C4DBF9EAD983F1D7AAC3F5DAC4A3F1404243FE4626CBF6F4518BE6E5DB13FEB17E7BD5A47353FAB5D593D1210BA3EFF97F13EEB89373FC115ACBCC954DD3F662169BE753DE9BEE33115BF8C201FBF53CB423E6AC0C7BC9241D4BF23FBBD3F3EC09CBE44EE413E1D9837BF2FE5473E62DD2FBE5693EEBEDF33E73EB5E298BE6D00173FA315693D7C96F93F7C515A3F8DB595BF65A8FC3F70DD6FBF954A8EBFFF051D40BA634FBFDA0585BE43C50440C08372BF9EA9443F060FFA3E65753ABFDF232EBF6BAB8ABF95C47ABFA558EEBF2FF6AD3FD700D83E002099BEDB5A3DBDB166B83E108460BEF83AEA3DF50A38BF46C2A23FB272853EE7A41BBF0E508B3F3B1DFF3E1AF39FBEAB61983F32DA27BFA07F28BFF04A87BFE4D24B3F2090CE3E8ED2313F01739F3EE5EC41BFDE4703BFD01AFEBF6FD1A13E132800BF41FEC53E17B130BED16A023E030B9EBFD7F430BF344DAABEB109843FA0DE573FFED528BE591652BF3F5012BF882405BE2DFBC43FE0C176BFA33742BF62B631BF125550BE1E5247BF4D4C15BF02E9043F281766BF8D417D3FFDC550BF073854BF6B83233F036D2CC01804893FC51BA33F58760E408456A9BFC78D553C5145E53E789DCD3E0952D03F19DF9F3D90F24D3F4F20843FF454BD3F7D5CC53EDC64383EAC66B23F6F72903F938D07BF5DD975BD5A69D73F4E1992BFBB7AA0BD73796FBFA166C6BFB40F5C3FDA5EA93F6AC4F1BE70D0873F2CB5313F6094DFBE3E99543EE3D61FBE657608C055ADA63F76247F3F2A3664BF273090BD240E7DBF2FF0C2BFC61E76BCFE472A3FA092A73F1BD2B0BFC4070B40D35DF33E9133DABF7CAC5CBFA2CB0DC0C4D90F3FD640723FEF7BA6BFE79918BFA8D0CB3ECE2083BD654F023EF1002A40EC2EF6BF808F84BD4A647B3F1AE851BE3E78CDBC2EAA0340052E9A3D7B34D3BF1B4C88BF70FB483F32670CBFEA32233FC40E4E3FDB7335BFCE5FA13E009945BE55E6D53F342EB43E9DA022BF317356BF3D6686BF7155EDBE490424BF3F7B53BDB74F16C086EC923FBC3992BEF81946BD6BDB7A3FC3A1843EFE64BBBF28A4A43E724EC13EFE4DCEBFAA13B3BEE5FC01C0E23B37BFDC293BBF12B6E0BD5211533FE618693C3327F6BE0C42FE3E192F833F12B337BE159BF43EB4B4E23F33EC8B3FA8BFAD3EBB810FBF80B96EBE99D4FBBF8332783F0F68E13F3AA20E3F95BB37BF755E38BEA13A5D3FA471033F066104BF9984F83EFAF5AA3EB8A7E23DE766063F9F971ABF2FD60CC02BE833BC0CC0C5BEA0E68EBF27BF583C374294BF9957AB3D1FFEADBF429ACA3D6AB4873FF336973F5B84A43E7D00C5BEAC1D9DBF145463BF89931C3F3A43D63F620E11BFD019C2BF154F10BC45754BBFD937CBBF6DCE973E928F19BFBD23B83F4E71C83FD20B9ABF0DE02ABFE1AE0ABF8FF596BE2364E5BE745FF63F6FD537BF47C25C3E4F1D09C0E3B0D83CD7E2393EFBE2AF3DC3F0233F",
      torch_tensor_64_torch.float32: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_64_torch.float32_1: "0x0400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_192_torch.float32: "0x04000000AA2BA83DACD116BDC0F932BDA6D8C63DE06DE53D0040BF3AF81BEE3D50EAACBCF8F9E73D304784BC4856183D7430373DA8ABF3BD549D35BDC0149A3B84AAA93DF8ADBCBCE0BE983CB862E93C5001453DA022AEBB4883CF3C3826B6BD86DAC2BDF871B4BC80DB01BBA0DC8DBB6888E13C98DBBCBC9EF3D2BD28E67CBDDCB7333DE045E63C70E1183CCEFCEC3D6C73C53D54BA68BD4483C83D18539DBC8EE6F03DF4C1243D9CBD58BD583A583D8E1891BD7434273D4067A3BBB013E03DAEC7DFBD80D712BC48D8BABCF42F58BD7C431D3D288C373DB8339B3CBEAAF93DD4A9193DB227973D50134ABC68A6A0BCCC06073D2A96DBBDB0865A3CE87963BD24C4423D90805FBCB09128BD329A9F3DCC62D73D88F8B33DAE99F0BDE0C8E5BB34FA02BD204422BCBCB1B0BD4AF4F63DA071FDBDD661FF3DA0BE38BC800D5F3C68D2D13CC6FA873DCE0F803DE407503DFC82C5BDF84738BDB874C63DF8CBA9BC22C6BCBD683DBF3D425CA8BD0497E93DF8A0E83DC04E63BD5C910B3DA263963DF6779B3DD46E063D86BAE3BDC8FA643D4ECDCE3DB083273D4AE2DDBDE8CFECBD685AB73CAAE2A83DF0670C3C68B6D5BD1666F8BD82AEB13D009D5FBC8619F63DFC3236BD5229C5BDF0207C3C4CAE02BDB280B1BDD0E0363C8810BF3CA429033DB0BB773DB860A2BCE284C2BDA047FB3DFC92923DDC173D3DA837E03DC072D9BD044B1ABDF0DD9ABD203A0A3DFCC647BD8282F9BD64D8D63D283993BD96C7D0BD18BFE8BC7A64F5BDA8FED23CC0E527BBA0E0AA3BA6D7A13D58F8E23D40361B3D08ED7DBD0E7494BDE0B22C3D107A25BDFC7D463D64F352BDD8A5AC3DF814D53C54E3973D1E22B7BDE0E552BC8CBE003DA824C9BDA68DCE3D2AC7C13D80D8C53B2824A1BD6AA4C1BD38DEEABC061AA13DC0CF2B3DE073413D143FBDBDDC0F6BBD2405E53D104E2A3DC02E253CFA39D7BD42A3A03D805762BD2C71233DF62EC23DE858DA3DECC772BDA2C29A3DACF5DF3DD65EC2BD2CDF0ABDC8E4D43C20F9BC3C9013A4BCF267FCBD70856E3D7C64793D0024B9BDC04CFA3B4858D53C5471753DB0E56C3C",
      torch_tensor_64_torch.float32_2: "0x04000000AE32EEBD60ED403CA2A3E53DF03CA7BD5829EABD222D9BBDAA89B53DC636E1BDFE35CEBD98F7803C8087003D408C763B365687BDB41F033D347133BDEC95E0BDC298D13DC044D63D80C8C7BC5886CDBDE6A4A13DD4F000BD7868F63C624AC33D243211BD446D3DBD2E5E8A3DFC9AD13D5278C1BDC0B45C3C9CFAABBD00406B383420813DC4B5BBBDF0DA7EBC986D473D3A2A853D58F5E03C50E7393D942A513D102A7D3DF268B5BDE2639D3D96FC9F3D540DE0BDA8E3DCBC481CF93CD09BA5BDC485D5BD886887BC1ECBDEBD0835ECBCB81EEF3CD84AD83C104C063DE84589BD32F6CC3D66DEE4BD4226C93D20E308BD8069AEBB98B7BA3C944469BD1C7F813D",
      torch_tensor_64_torch.float32_3: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_64_torch.float32_4: "0x0400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_256_torch.float32: "0x04000000E2B9CFBD64569E3D5C39FBBDB00014BDBC5742BD820283BD981CF73DA82977BD782163BDE0C2043C4CDFD03D9448C8BD389EE03C5211FA3DBA519E3D00284FBC9C8C02BD74F4C23DC029463B4893E5BC8C9707BDB244B83DBCF5193DF4F79ABD443B40BDF8CEA5BC0CD0E6BDA8FC34BD008C91BBA4DA22BD6C7110BD8A7D973D7CFC57BD8491C73DC4E792BD8828C5BDD89DB53DC85EE3BC1E29C93D86A386BD305D483CC86E1EBDB4BBA3BD6C4C8C3DA255F13DE834133D5824103DB876B0BDE61DD33D6433443D48FC583D90D09ABD4AF6B3BD44ABB8BDD06F7A3CC0C3ADBCA4D3B9BD502F35BDD0E1103DCC03513DDE80CDBDB01C243C147E0CBD5A64B2BDF08DBA3C5C7471BDF693FF3DC8E08B3C88769E3D80D9F9BB68C6A03D7CEEACBD90ADE63C6895B93D36D89D3D86DBEA3D3EC6953D76428B3D3AB884BD683000BD381B59BD9407C53DBAF9AD3D4007193D52C9DCBD44F3343D00500C3B62F7F03D80F5C23B4067703D0464A8BD546A603D22C7E4BD80BEAD3DD4E94EBD7082403C9822DC3C18E17DBDC0F7373C4AD3BFBDF8AF8B3CC8E8C33C8451533DEC90FD3DB433D7BDC08542BC00C904BDACA6773D8C7E91BD68075ABD3A22BD3D02F7BC3D2A0A83BDA87AFDBC2802BF3D56B5AABDC0C3B63D8869543D00C8133AB44FAA3D0C917F3D9EEEC83D305B4F3C7EF2AD3DAC9E68BDAE0DA5BD38F3313DDCFDB9BD148152BD4A54DB3DE8C08F3DCC7DE33DDEC689BD8416FE3D5C89F5BDD051D8BCFE14D1BD0813F1BD483533BDCC9CB8BD401E483DD6F982BD8456EF3D84E61B3D2498C2BDB4BA62BDC06BC73C4A13C13D68919A3C9E10F5BDF4A48FBD305A473C24ECE9BDD27BB6BDC055F23BF0A3A7BD40C72FBD32F8C4BD1C25BF3D6E1AA73D7C152DBD78C5933D489DBDBDC0F78C3B3CDBF23D064EC73DA018363C3CFCFA3D98AEB93C9896AEBC44636DBDF4D7BC3D0810853D800AE0BAB0E7DE3CC03200BBC8BDE63C20C8AABBE07687BCA6F6BDBDA05CAABDA047423C72E5AD3DFEF4A93D60E1ABBCD685A9BDAC21EFBDA0FB523D424DF93D66BEB6BDF483F43DD2D3EFBDF6F0BCBDFCE00E3D88EED0BC6EFBDEBD5C8CEBBDA804253DB24DA5BD2A7BEB3D72B0F5BD0410563DBE79BEBDAA1B8EBD9CF4073D643C2DBD8EEBA2BDF86CFABD7C894F3D00FF013CC2F7873D02CFB83D225FAC3D1CFA593D004E76BB809C933C40AC293B1C49BEBD806A1CBD809AB5BC3C2275BD8C475D3DBEE1F3BD76E5C1BDCC846E3D66179ABDD4ED26BDD09BBEBD04EBD03D4CC3D8BD704610BC4249FDBD7447093DAA75E4BD263AC5BDE4E3143DE4824C3D7CBF1EBD404F42BBACB96DBDECD36BBDC42C443D283EC4BD9AB89D3DF288B2BD1C1296BD068FF6BD4071A83C00BBD7BC50CF31BC4453403D145A483DC0D2B13C78AB4A3DB48791BD9C18DD3D",
      torch_tensor_64_torch.float32_5: "0x0400000092FA453D2841AE3CFC0D69BDE07F0C3C10A9DBBB4A0A57BD1AA36FBD34EB88BC40841CBB78356FBC201136BB804C3B3CA4D45FBDB88D55BCC4B239BD582715BDDC1B6F3D68A5083C881603BD340F5DBDA24A39BD7AF7203D308021BDE87E83BCB295523D00F9F2BC7AF5683D882522BC18FD3BBC146E08BD42AA653DC63014BDC05296BC7C6B0B3D1E8F33BD1C04E0BCF2925C3D1005EA3BEC47393DACAFFFBC68AE1DBC9885123D3EE9373D289891BCC4ACD03C00222F3B9CFCE53C6068533CD614333D7CE261BDD4BAB23C1049323D807A99BA3C5A273DC407893C521401BDD003A43BE4D8F63C30B9213D563F43BD48F62DBCD000BABC8472F0BC00F4A33B",
      torch_tensor_64_torch.float32_6: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_64_torch.float32_7: "0x0400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_192_torch.float32_1: "0x040000003CBC2A3D788FA1BD2C6BE83DFC6FA73D50A0CBBCD440BC3D244984BDF4B0B93D644BCE3D84E49CBD80B258BDF4AAFBBD80044C3B20E79CBC78ECE63D28D8CDBDC0618EBB1C2F3CBDF0517FBD008C1B3A98AC863D0A69963DF4CD033D70AE953CF0E7303CEC9E8DBDD881B6BDCEA7A6BDE44764BD94A5423D78F5163D18394EBDB090E9BDF247CE3DCC54023D4AEE923D523DCCBD20C579BD5C26B43DB86F0A3DCE1AE2BDC0DD96BDE01C503D68CB823D16AC8D3D9CAA3ABDA0F1BEBC20247EBCBAA6823DE6FEF4BDC07F74BCD468723DC0E68A3D98E5953D649B953D38BA543D68233ABD601AD7BDE04EDDBB74FAA03D381B6BBD6465553DC018E73D3CB2F73D16A68D3DF408D53D7EB2943D081AD7BC4AF3BF3D78A699BD40818A3B9A82E2BD80B6243C80A86DBBF0B4E9BDC6F3C6BD96BF81BD86469D3DFAAEF6BD20B2DBBBDA1BCCBD4853ABBD70835FBCD0316EBC78FECF3DB8B884BC70FE723C2235C73D58B6A63C14CDEBBD1476DCBD225B883DB496A4BD1C7B6C3D18FB1CBDD089F13CA01232BD3078E4BDD412933DB2C4E9BDCA5E86BDA855EA3C148138BDFEE1E9BD020694BD6C76E33DD03B87BC4E46BBBD0ABEA2BDDA40C4BD18CC363D38B7D13DFAB1AFBDBAFEC8BDA214F7BDE805B73D7CED7B3D3A9FF13DC0698E3BA2ABD33D0467293D2C64373DD07C36BDF673D83D1871E03C2228B5BDD0450DBC2086883B50797BBD58BFE5BD8CB8993D78F7EFBCE059073C5A6F96BD20AC153C1C175E3DE2C4C83D684CA33C409F57BC00AC0E3DA0C4EB3D028AB63DE4C6053D24BD0B3DACBAFFBDC0A800BBB0EA003D6AFBBD3D8686F93DD8CD733D8E5AE53D522D82BD8057AE3DD08D7ABDAC3AC8BD98E272BDD8908CBC5EE7C93DC0E524BC3C181C3DAC6291BDF0B3DFBC182B9ABC84DA723D9A24ACBDF281D6BD7CAF8DBD5026D03DE4BF763DFC9F9EBD244F72BDF01785BD0A17BCBD502F903CEADAA7BDF02EED3DD82DE5BD1CAE803DD0F07CBCCCBDE7BD68F411BDBE94A3BDC0A89DBD3E42AA3D1CDD6C3D601D67BD8C0D483D00C4F5BACC0C32BDD07BE0BCF45E4FBD2001F5BC",
      torch_tensor_64_torch.float32_8: "0x04000000CC6537BD32A5BB3D28D09D3DC03969BB0C7BDFBD2802F73D8021C6BACA6DA63DECBE433DD8DCEDBD10D8A1BD1CA3913DE4417FBD26A7A1BDC818F93C1CD8B3BDA286D9BDB08C0EBCE865DE3C64F9C0BD78209F3D50558E3C4044AE3B3C54CA3DC8EAC6BC2CB1D63D90A1003DCCBFF63D9CEEDF3D9618E13DEA5DC53DC803263DD814ECBD1007953DA4034CBD1A83C73DF4B328BDF8BBA6BCCC96023DF04AD0BD0A52E23D40C015BD90C8E6BCA003B23DA4F9EF3D643E67BD602DA2BC78541C3D4854E83C32CEED3D7831B1BC0A09A53D808D04BB3061623CF4AEBEBDECC2123D0A65C13DF8D97D3DE0902DBD1E8A963D00CFCDBDA867D2BDEC1A123D507B9B3C",
      torch_tensor_64_torch.float32_9: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_64_torch.float32_10: "0x0400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_256_torch.float32_1: "0x040000004C54803D80E9D83AA85BFA3C5613BBBDE67DCC3D9CAA5FBDAACBA73D008ACDBABE0EE53D4CE0113DF8B6A83DE8AB113DB4A75F3D60E4B4BB88699ABD96B6A0BD388BB0BD6880113D5CC77DBD304287BD6CC040BD7C2E843D2A18D5BD28026B3DE04E07BD04F621BDECB53DBDE039CFBB82348B3D007EEDB902FAABBD28F1FA3C987499BC8C5B3BBD0A9189BD601255BDB01E423D76AAA93D940468BD4431C9BD6244A63D4E1AE53D5C69133D800F413D94A3C73DFCCDA7BDA0B71C3DE8F74C3D94B7563DE891C7BC52A6F03DEA8EA5BD8033BEBDBCC3CEBD9631D83D349E7B3D002064385C1127BD3C38973D40C3FDBCA856D13C8229D63D74A7CEBDC03210BCFACBEB3D48CCB73D843FD8BDA09A033C88C7333D50DDE2BCC8DC5B3DF03E6C3D3623A03D12B18D3D089ABC3CD4CD793D80C19DBC0033823DA833893DA020E93DA827B8BCC0ABF93C00E32C3D00708BBCAAEFCBBDA0B80E3C74BBBABD58BA80BCE07F77BCF8AF5F3D18CABEBD70E701BDCCE7D63D8C5655BD40C01A3BF02CE43C80D9C23B46AFD73D50E00ABC70B101BDDC4DEDBD98EFBF3DF4C5DABD802C51BB000C45B9B851D03DF42122BD4C98783D7081F33D00AFB6BD0CDF56BDFC34493D08D722BDB4BEEE3DF4C777BD00EFF3BA50D1F2BD7CB59C3D842CA2BD8ADCFE3D8837C6BCD2C6993D9C14FDBD88952F3D8842873DBC7C61BDF4042D3D1041AEBCC09AB2BDD014623C4E1B9E3DA69A8D3DB6DB8FBDD0C920BC886CB53C90C48E3CB294CDBD3C67C4BDE4B0B63D62A184BD04451C3D6020BFBB7AD4A03DCA2A8DBDE0C1F63CD0C7B43D50FC3BBD607A823B1279CA3D5C09FC3DF4F9393DF03ABABD46A0EB3D38A6E43DF0655A3C20B11F3D7452E1BDB0361EBC101D5D3CE0728ABBD8CACABCAECFBABD2447B63D5ED6F7BDE8DF38BDB815993CFCB2EBBD7AFEA33DA48CFABD380DFF3D9C93DD3D24FA98BD60DEC5BB90B4D0BCB078FA3C766783BDC0C3CFBBCC9CE53DAA59903D9CD948BD0A2BDEBD56F4F13D66A3AB3DE84A573D547EE7BDDC0E64BDFC98983DFCEFDCBD560FF83DCAE5BBBD1C0DAD3DC08DD23C447A063DBC99243DA69CA63D6827C63D7E18C1BD40F6443C0EBB93BD40F17DBB54B5003D3C098EBD24B7CDBD48462D3D90F893BDD6DDEABD1E30C13D049DD8BDD0AD943DC0BBEC3B2AF98ABD7CB27EBD70A8C0BD322FD0BDA2D0D8BD50BC563D1486583DD0DE203C4C6024BDA4A7343D609C75BDD0CCFB3C1638E03D649419BD1C74493D0896C03DC04224BCB0A5BA3CC0E8BD3C601B11BD6806DCBD70048A3D0E52803DC4613A3DD09C94BCFAF38C3DC448733D40148D3B94D083BD9077823CAC6C383D38C92D3D605B78BD40BD76BB4083A2BB9CE485BDA27597BDE8B0EABC4C0EBFBD6C818FBDCCDA72BD5E5EF73DD0C9DCBD3858F63CEE10E43D0C127F3D",
      torch_tensor_64_torch.float32_11: "0x04000000B05DEBBC204661BC2CFB203D50882DBC180F57BC58E283BC301820BD0C5F44BD7029E53B4466C5BCF03F573D12DB063D28286F3C40B61B3D887690BCDE090CBD2609213DD02F76BD1E333D3D007CE6BA6068503D487F113DCE6956BD9082773D94FBFDBC40895CBB6440403D6A2C183D2C0B8A3CCC61393D60F5A73BD0077A3CB2C5523DB815523DC00A873B68348DBCE0EEF8BCFA5F593D04DCF3BC9CDF403D8082F9BB88E8443D9C4789BCB823583DAE1B17BDD8F4D4BC742978BD02E60E3D7CAA9BBC8CCBDEBC2A4B3BBD780739BC288844BD205010BC4A6B443D581F34BC02147CBDECADCC3C9020853B0C3E7C3DB2451D3D287648BC32F3283D8003EA3C",
      torch_tensor_64_torch.float32_12: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_64_torch.float32_13: "0x0400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    }
  }
#-}
