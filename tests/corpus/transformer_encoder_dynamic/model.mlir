module {
  util.global private @layers.0.self_attn.in_proj_weight = #stream.parameter.named<"model"::"layers.0.self_attn.in_proj_weight"> : tensor<192x64xf32>
  util.global private @layers.0.self_attn.out_proj.weight = #stream.parameter.named<"model"::"layers.0.self_attn.out_proj.weight"> : tensor<64x64xf32>
  util.global private @layers.0.linear1.weight = #stream.parameter.named<"model"::"layers.0.linear1.weight"> : tensor<128x64xf32>
  util.global private @layers.0.linear2.weight = #stream.parameter.named<"model"::"layers.0.linear2.weight"> : tensor<64x128xf32>
  util.global private @layers.1.self_attn.in_proj_weight = #stream.parameter.named<"model"::"layers.1.self_attn.in_proj_weight"> : tensor<192x64xf32>
  util.global private @layers.1.self_attn.out_proj.weight = #stream.parameter.named<"model"::"layers.1.self_attn.out_proj.weight"> : tensor<64x64xf32>
  util.global private @layers.1.linear1.weight = #stream.parameter.named<"model"::"layers.1.linear1.weight"> : tensor<128x64xf32>
  util.global private @layers.1.linear2.weight = #stream.parameter.named<"model"::"layers.1.linear2.weight"> : tensor<64x128xf32>
  func.func @main(%arg0: !torch.vtensor<[?,12,64],f32>) -> !torch.vtensor<[?,12,64],f32> attributes {torch.assume_strict_symbolic_shapes} {
    %0 = torch.symbolic_int "s28" {min_val = 1, max_val = 64} : !torch.int
    torch.bind_symbolic_shape %arg0, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %int0 = torch.constant.int 0
    %1 = torch.aten.size.int %arg0, %int0 : !torch.vtensor<[?,12,64],f32>, !torch.int -> !torch.int
    %int1 = torch.constant.int 1
    %int0_0 = torch.constant.int 0
    %int2 = torch.constant.int 2
    %2 = torch.prim.ListConstruct %int1, %int0_0, %int2 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %3 = torch.aten.permute %arg0, %2 : !torch.vtensor<[?,12,64],f32>, !torch.list<int> -> !torch.vtensor<[12,?,64],f32>
    torch.bind_symbolic_shape %3, [%0], affine_map<()[s0] -> (12, s0, 64)> : !torch.vtensor<[12,?,64],f32>
    %layers.0.self_attn.in_proj_weight = util.global.load @layers.0.self_attn.in_proj_weight : tensor<192x64xf32>
    %4 = torch_c.from_builtin_tensor %layers.0.self_attn.in_proj_weight : tensor<192x64xf32> -> !torch.vtensor<[192,64],f32>
    %int1_1 = torch.constant.int 1
    %int0_2 = torch.constant.int 0
    %5 = torch.prim.ListConstruct %int1_1, %int0_2 : (!torch.int, !torch.int) -> !torch.list<int>
    %6 = torch.aten.permute %4, %5 : !torch.vtensor<[192,64],f32>, !torch.list<int> -> !torch.vtensor<[64,192],f32>
    %int12 = torch.constant.int 12
    %int64 = torch.constant.int 64
    %7 = torch.prim.ListConstruct %int12, %1, %int64 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %false = torch.constant.bool false
    %8 = torch.aten.expand %3, %7, %false : !torch.vtensor<[12,?,64],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[12,?,64],f32>
    torch.bind_symbolic_shape %8, [%0], affine_map<()[s0] -> (12, s0, 64)> : !torch.vtensor<[12,?,64],f32>
    %int12_3 = torch.constant.int 12
    %int64_4 = torch.constant.int 64
    %9 = torch.prim.ListConstruct %int12_3, %1, %int64_4 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %10 = torch.aten.view %8, %9 : !torch.vtensor<[12,?,64],f32>, !torch.list<int> -> !torch.vtensor<[12,?,64],f32>
    torch.bind_symbolic_shape %10, [%0], affine_map<()[s0] -> (12, s0, 64)> : !torch.vtensor<[12,?,64],f32>
    %int12_5 = torch.constant.int 12
    %int64_6 = torch.constant.int 64
    %int192 = torch.constant.int 192
    %11 = torch.prim.ListConstruct %int12_5, %int64_6, %int192 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %false_7 = torch.constant.bool false
    %12 = torch.aten.expand %6, %11, %false_7 : !torch.vtensor<[64,192],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[12,64,192],f32>
    %int12_8 = torch.constant.int 12
    %int64_9 = torch.constant.int 64
    %int192_10 = torch.constant.int 192
    %13 = torch.prim.ListConstruct %int12_8, %int64_9, %int192_10 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %14 = torch.aten.view %12, %13 : !torch.vtensor<[12,64,192],f32>, !torch.list<int> -> !torch.vtensor<[12,64,192],f32>
    %15 = torch.aten.bmm %10, %14 : !torch.vtensor<[12,?,64],f32>, !torch.vtensor<[12,64,192],f32> -> !torch.vtensor<[12,?,192],f32>
    torch.bind_symbolic_shape %15, [%0], affine_map<()[s0] -> (12, s0, 192)> : !torch.vtensor<[12,?,192],f32>
    %int12_11 = torch.constant.int 12
    %int192_12 = torch.constant.int 192
    %16 = torch.prim.ListConstruct %int12_11, %1, %int192_12 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %17 = torch.aten.view %15, %16 : !torch.vtensor<[12,?,192],f32>, !torch.list<int> -> !torch.vtensor<[12,?,192],f32>
    torch.bind_symbolic_shape %17, [%0], affine_map<()[s0] -> (12, s0, 192)> : !torch.vtensor<[12,?,192],f32>
    %18 = torch.vtensor.literal(dense_resource<torch_tensor_192_torch.float32> : tensor<192xf32>) : !torch.vtensor<[192],f32>
    %int1_13 = torch.constant.int 1
    %19 = torch.aten.add.Tensor %17, %18, %int1_13 : !torch.vtensor<[12,?,192],f32>, !torch.vtensor<[192],f32>, !torch.int -> !torch.vtensor<[12,?,192],f32>
    torch.bind_symbolic_shape %19, [%0], affine_map<()[s0] -> (12, s0, 192)> : !torch.vtensor<[12,?,192],f32>
    %int12_14 = torch.constant.int 12
    %int3 = torch.constant.int 3
    %int64_15 = torch.constant.int 64
    %20 = torch.prim.ListConstruct %int12_14, %1, %int3, %int64_15 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %21 = torch.aten.view %19, %20 : !torch.vtensor<[12,?,192],f32>, !torch.list<int> -> !torch.vtensor<[12,?,3,64],f32>
    torch.bind_symbolic_shape %21, [%0], affine_map<()[s0] -> (12, s0, 3, 64)> : !torch.vtensor<[12,?,3,64],f32>
    %int0_16 = torch.constant.int 0
    %22 = torch.aten.unsqueeze %21, %int0_16 : !torch.vtensor<[12,?,3,64],f32>, !torch.int -> !torch.vtensor<[1,12,?,3,64],f32>
    torch.bind_symbolic_shape %22, [%0], affine_map<()[s0] -> (1, 12, s0, 3, 64)> : !torch.vtensor<[1,12,?,3,64],f32>
    %int3_17 = torch.constant.int 3
    %int1_18 = torch.constant.int 1
    %int2_19 = torch.constant.int 2
    %int0_20 = torch.constant.int 0
    %int4 = torch.constant.int 4
    %23 = torch.prim.ListConstruct %int3_17, %int1_18, %int2_19, %int0_20, %int4 : (!torch.int, !torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %24 = torch.aten.permute %22, %23 : !torch.vtensor<[1,12,?,3,64],f32>, !torch.list<int> -> !torch.vtensor<[3,12,?,1,64],f32>
    torch.bind_symbolic_shape %24, [%0], affine_map<()[s0] -> (3, 12, s0, 1, 64)> : !torch.vtensor<[3,12,?,1,64],f32>
    %int-2 = torch.constant.int -2
    %25 = torch.aten.squeeze.dim %24, %int-2 : !torch.vtensor<[3,12,?,1,64],f32>, !torch.int -> !torch.vtensor<[3,12,?,64],f32>
    torch.bind_symbolic_shape %25, [%0], affine_map<()[s0] -> (3, 12, s0, 64)> : !torch.vtensor<[3,12,?,64],f32>
    %int0_21 = torch.constant.int 0
    %26 = torch.aten.clone %25, %int0_21 : !torch.vtensor<[3,12,?,64],f32>, !torch.int -> !torch.vtensor<[3,12,?,64],f32>
    torch.bind_symbolic_shape %26, [%0], affine_map<()[s0] -> (3, 12, s0, 64)> : !torch.vtensor<[3,12,?,64],f32>
    %int0_22 = torch.constant.int 0
    %int0_23 = torch.constant.int 0
    %27 = torch.aten.select.int %26, %int0_22, %int0_23 : !torch.vtensor<[3,12,?,64],f32>, !torch.int, !torch.int -> !torch.vtensor<[12,?,64],f32>
    torch.bind_symbolic_shape %27, [%0], affine_map<()[s0] -> (12, s0, 64)> : !torch.vtensor<[12,?,64],f32>
    %int0_24 = torch.constant.int 0
    %int1_25 = torch.constant.int 1
    %28 = torch.aten.select.int %26, %int0_24, %int1_25 : !torch.vtensor<[3,12,?,64],f32>, !torch.int, !torch.int -> !torch.vtensor<[12,?,64],f32>
    torch.bind_symbolic_shape %28, [%0], affine_map<()[s0] -> (12, s0, 64)> : !torch.vtensor<[12,?,64],f32>
    %int0_26 = torch.constant.int 0
    %int2_27 = torch.constant.int 2
    %29 = torch.aten.select.int %26, %int0_26, %int2_27 : !torch.vtensor<[3,12,?,64],f32>, !torch.int, !torch.int -> !torch.vtensor<[12,?,64],f32>
    torch.bind_symbolic_shape %29, [%0], affine_map<()[s0] -> (12, s0, 64)> : !torch.vtensor<[12,?,64],f32>
    %int4_28 = torch.constant.int 4
    %30 = torch.aten.mul.int %1, %int4_28 : !torch.int, !torch.int -> !torch.int
    %int12_29 = torch.constant.int 12
    %int16 = torch.constant.int 16
    %31 = torch.prim.ListConstruct %int12_29, %30, %int16 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %32 = torch.aten.view %27, %31 : !torch.vtensor<[12,?,64],f32>, !torch.list<int> -> !torch.vtensor<[12,?,16],f32>
    torch.bind_symbolic_shape %32, [%0], affine_map<()[s0] -> (12, s0 * 4, 16)> : !torch.vtensor<[12,?,16],f32>
    %int1_30 = torch.constant.int 1
    %int0_31 = torch.constant.int 0
    %int2_32 = torch.constant.int 2
    %33 = torch.prim.ListConstruct %int1_30, %int0_31, %int2_32 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %34 = torch.aten.permute %32, %33 : !torch.vtensor<[12,?,16],f32>, !torch.list<int> -> !torch.vtensor<[?,12,16],f32>
    torch.bind_symbolic_shape %34, [%0], affine_map<()[s0] -> (s0 * 4, 12, 16)> : !torch.vtensor<[?,12,16],f32>
    %int12_33 = torch.constant.int 12
    %int16_34 = torch.constant.int 16
    %35 = torch.prim.ListConstruct %int12_33, %30, %int16_34 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %36 = torch.aten.view %28, %35 : !torch.vtensor<[12,?,64],f32>, !torch.list<int> -> !torch.vtensor<[12,?,16],f32>
    torch.bind_symbolic_shape %36, [%0], affine_map<()[s0] -> (12, s0 * 4, 16)> : !torch.vtensor<[12,?,16],f32>
    %int1_35 = torch.constant.int 1
    %int0_36 = torch.constant.int 0
    %int2_37 = torch.constant.int 2
    %37 = torch.prim.ListConstruct %int1_35, %int0_36, %int2_37 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %38 = torch.aten.permute %36, %37 : !torch.vtensor<[12,?,16],f32>, !torch.list<int> -> !torch.vtensor<[?,12,16],f32>
    torch.bind_symbolic_shape %38, [%0], affine_map<()[s0] -> (s0 * 4, 12, 16)> : !torch.vtensor<[?,12,16],f32>
    %int12_38 = torch.constant.int 12
    %int16_39 = torch.constant.int 16
    %39 = torch.prim.ListConstruct %int12_38, %30, %int16_39 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %40 = torch.aten.view %29, %39 : !torch.vtensor<[12,?,64],f32>, !torch.list<int> -> !torch.vtensor<[12,?,16],f32>
    torch.bind_symbolic_shape %40, [%0], affine_map<()[s0] -> (12, s0 * 4, 16)> : !torch.vtensor<[12,?,16],f32>
    %int1_40 = torch.constant.int 1
    %int0_41 = torch.constant.int 0
    %int2_42 = torch.constant.int 2
    %41 = torch.prim.ListConstruct %int1_40, %int0_41, %int2_42 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %42 = torch.aten.permute %40, %41 : !torch.vtensor<[12,?,16],f32>, !torch.list<int> -> !torch.vtensor<[?,12,16],f32>
    torch.bind_symbolic_shape %42, [%0], affine_map<()[s0] -> (s0 * 4, 12, 16)> : !torch.vtensor<[?,12,16],f32>
    %int4_43 = torch.constant.int 4
    %int12_44 = torch.constant.int 12
    %int16_45 = torch.constant.int 16
    %43 = torch.prim.ListConstruct %1, %int4_43, %int12_44, %int16_45 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %44 = torch.aten.view %34, %43 : !torch.vtensor<[?,12,16],f32>, !torch.list<int> -> !torch.vtensor<[?,4,12,16],f32>
    torch.bind_symbolic_shape %44, [%0], affine_map<()[s0] -> (s0, 4, 12, 16)> : !torch.vtensor<[?,4,12,16],f32>
    %int4_46 = torch.constant.int 4
    %int12_47 = torch.constant.int 12
    %int16_48 = torch.constant.int 16
    %45 = torch.prim.ListConstruct %1, %int4_46, %int12_47, %int16_48 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %46 = torch.aten.view %38, %45 : !torch.vtensor<[?,12,16],f32>, !torch.list<int> -> !torch.vtensor<[?,4,12,16],f32>
    torch.bind_symbolic_shape %46, [%0], affine_map<()[s0] -> (s0, 4, 12, 16)> : !torch.vtensor<[?,4,12,16],f32>
    %int4_49 = torch.constant.int 4
    %int12_50 = torch.constant.int 12
    %int16_51 = torch.constant.int 16
    %47 = torch.prim.ListConstruct %1, %int4_49, %int12_50, %int16_51 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %48 = torch.aten.view %42, %47 : !torch.vtensor<[?,12,16],f32>, !torch.list<int> -> !torch.vtensor<[?,4,12,16],f32>
    torch.bind_symbolic_shape %48, [%0], affine_map<()[s0] -> (s0, 4, 12, 16)> : !torch.vtensor<[?,4,12,16],f32>
    %none = torch.constant.none
    %float0.000000e00 = torch.constant.float 0.000000e+00
    %false_52 = torch.constant.bool false
    %none_53 = torch.constant.none
    %false_54 = torch.constant.bool false
    %49 = torch.aten.scaled_dot_product_attention %44, %46, %48, %none, %float0.000000e00, %false_52, %none_53, %false_54 : !torch.vtensor<[?,4,12,16],f32>, !torch.vtensor<[?,4,12,16],f32>, !torch.vtensor<[?,4,12,16],f32>, !torch.none, !torch.float, !torch.bool, !torch.none, !torch.bool -> !torch.vtensor<[?,4,12,16],f32>
    torch.bind_symbolic_shape %49, [%0], affine_map<()[s0] -> (s0, 4, 12, 16)> : !torch.vtensor<[?,4,12,16],f32>
    %int2_55 = torch.constant.int 2
    %int0_56 = torch.constant.int 0
    %int1_57 = torch.constant.int 1
    %int3_58 = torch.constant.int 3
    %50 = torch.prim.ListConstruct %int2_55, %int0_56, %int1_57, %int3_58 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %51 = torch.aten.permute %49, %50 : !torch.vtensor<[?,4,12,16],f32>, !torch.list<int> -> !torch.vtensor<[12,?,4,16],f32>
    torch.bind_symbolic_shape %51, [%0], affine_map<()[s0] -> (12, s0, 4, 16)> : !torch.vtensor<[12,?,4,16],f32>
    %int12_59 = torch.constant.int 12
    %52 = torch.aten.mul.int %1, %int12_59 : !torch.int, !torch.int -> !torch.int
    %int64_60 = torch.constant.int 64
    %53 = torch.prim.ListConstruct %52, %int64_60 : (!torch.int, !torch.int) -> !torch.list<int>
    %54 = torch.aten.view %51, %53 : !torch.vtensor<[12,?,4,16],f32>, !torch.list<int> -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %54, [%0], affine_map<()[s0] -> (s0 * 12, 64)> : !torch.vtensor<[?,64],f32>
    %layers.0.self_attn.out_proj.weight = util.global.load @layers.0.self_attn.out_proj.weight : tensor<64x64xf32>
    %55 = torch_c.from_builtin_tensor %layers.0.self_attn.out_proj.weight : tensor<64x64xf32> -> !torch.vtensor<[64,64],f32>
    %int1_61 = torch.constant.int 1
    %int0_62 = torch.constant.int 0
    %56 = torch.prim.ListConstruct %int1_61, %int0_62 : (!torch.int, !torch.int) -> !torch.list<int>
    %57 = torch.aten.permute %55, %56 : !torch.vtensor<[64,64],f32>, !torch.list<int> -> !torch.vtensor<[64,64],f32>
    %58 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %int1_63 = torch.constant.int 1
    %int1_64 = torch.constant.int 1
    %59 = torch.aten.addmm %58, %54, %57, %int1_63, %int1_64 : !torch.vtensor<[64],f32>, !torch.vtensor<[?,64],f32>, !torch.vtensor<[64,64],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %59, [%0], affine_map<()[s0] -> (s0 * 12, 64)> : !torch.vtensor<[?,64],f32>
    %int12_65 = torch.constant.int 12
    %int64_66 = torch.constant.int 64
    %60 = torch.prim.ListConstruct %int12_65, %1, %int64_66 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %61 = torch.aten.view %59, %60 : !torch.vtensor<[?,64],f32>, !torch.list<int> -> !torch.vtensor<[12,?,64],f32>
    torch.bind_symbolic_shape %61, [%0], affine_map<()[s0] -> (12, s0, 64)> : !torch.vtensor<[12,?,64],f32>
    %int1_67 = torch.constant.int 1
    %int0_68 = torch.constant.int 0
    %int2_69 = torch.constant.int 2
    %62 = torch.prim.ListConstruct %int1_67, %int0_68, %int2_69 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %63 = torch.aten.permute %61, %62 : !torch.vtensor<[12,?,64],f32>, !torch.list<int> -> !torch.vtensor<[?,12,64],f32>
    torch.bind_symbolic_shape %63, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %none_70 = torch.constant.none
    %64 = torch.aten.clone %63, %none_70 : !torch.vtensor<[?,12,64],f32>, !torch.none -> !torch.vtensor<[?,12,64],f32>
    torch.bind_symbolic_shape %64, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %int1_71 = torch.constant.int 1
    %65 = torch.aten.add.Tensor %arg0, %64, %int1_71 : !torch.vtensor<[?,12,64],f32>, !torch.vtensor<[?,12,64],f32>, !torch.int -> !torch.vtensor<[?,12,64],f32>
    torch.bind_symbolic_shape %65, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %int64_72 = torch.constant.int 64
    %66 = torch.prim.ListConstruct %int64_72 : (!torch.int) -> !torch.list<int>
    %67 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_1> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %68 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_2> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %float1.000000e-05 = torch.constant.float 1.000000e-05
    %result0, %result1, %result2 = torch.aten.native_layer_norm %65, %66, %67, %68, %float1.000000e-05 : !torch.vtensor<[?,12,64],f32>, !torch.list<int>, !torch.vtensor<[64],f32>, !torch.vtensor<[64],f32>, !torch.float -> !torch.vtensor<[?,12,64],f32>, !torch.vtensor<[?,12,1],f32>, !torch.vtensor<[?,12,1],f32>
    torch.bind_symbolic_shape %result0, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %int64_73 = torch.constant.int 64
    %69 = torch.prim.ListConstruct %52, %int64_73 : (!torch.int, !torch.int) -> !torch.list<int>
    %70 = torch.aten.view %result0, %69 : !torch.vtensor<[?,12,64],f32>, !torch.list<int> -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %70, [%0], affine_map<()[s0] -> (s0 * 12, 64)> : !torch.vtensor<[?,64],f32>
    %layers.0.linear1.weight = util.global.load @layers.0.linear1.weight : tensor<128x64xf32>
    %71 = torch_c.from_builtin_tensor %layers.0.linear1.weight : tensor<128x64xf32> -> !torch.vtensor<[128,64],f32>
    %int1_74 = torch.constant.int 1
    %int0_75 = torch.constant.int 0
    %72 = torch.prim.ListConstruct %int1_74, %int0_75 : (!torch.int, !torch.int) -> !torch.list<int>
    %73 = torch.aten.permute %71, %72 : !torch.vtensor<[128,64],f32>, !torch.list<int> -> !torch.vtensor<[64,128],f32>
    %74 = torch.vtensor.literal(dense_resource<torch_tensor_128_torch.float32> : tensor<128xf32>) : !torch.vtensor<[128],f32>
    %int1_76 = torch.constant.int 1
    %int1_77 = torch.constant.int 1
    %75 = torch.aten.addmm %74, %70, %73, %int1_76, %int1_77 : !torch.vtensor<[128],f32>, !torch.vtensor<[?,64],f32>, !torch.vtensor<[64,128],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,128],f32>
    torch.bind_symbolic_shape %75, [%0], affine_map<()[s0] -> (s0 * 12, 128)> : !torch.vtensor<[?,128],f32>
    %int12_78 = torch.constant.int 12
    %int128 = torch.constant.int 128
    %76 = torch.prim.ListConstruct %1, %int12_78, %int128 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %77 = torch.aten.view %75, %76 : !torch.vtensor<[?,128],f32>, !torch.list<int> -> !torch.vtensor<[?,12,128],f32>
    torch.bind_symbolic_shape %77, [%0], affine_map<()[s0] -> (s0, 12, 128)> : !torch.vtensor<[?,12,128],f32>
    %78 = torch.aten.relu %77 : !torch.vtensor<[?,12,128],f32> -> !torch.vtensor<[?,12,128],f32>
    torch.bind_symbolic_shape %78, [%0], affine_map<()[s0] -> (s0, 12, 128)> : !torch.vtensor<[?,12,128],f32>
    %none_79 = torch.constant.none
    %79 = torch.aten.clone %78, %none_79 : !torch.vtensor<[?,12,128],f32>, !torch.none -> !torch.vtensor<[?,12,128],f32>
    torch.bind_symbolic_shape %79, [%0], affine_map<()[s0] -> (s0, 12, 128)> : !torch.vtensor<[?,12,128],f32>
    %int128_80 = torch.constant.int 128
    %80 = torch.prim.ListConstruct %52, %int128_80 : (!torch.int, !torch.int) -> !torch.list<int>
    %81 = torch.aten.view %79, %80 : !torch.vtensor<[?,12,128],f32>, !torch.list<int> -> !torch.vtensor<[?,128],f32>
    torch.bind_symbolic_shape %81, [%0], affine_map<()[s0] -> (s0 * 12, 128)> : !torch.vtensor<[?,128],f32>
    %layers.0.linear2.weight = util.global.load @layers.0.linear2.weight : tensor<64x128xf32>
    %82 = torch_c.from_builtin_tensor %layers.0.linear2.weight : tensor<64x128xf32> -> !torch.vtensor<[64,128],f32>
    %int1_81 = torch.constant.int 1
    %int0_82 = torch.constant.int 0
    %83 = torch.prim.ListConstruct %int1_81, %int0_82 : (!torch.int, !torch.int) -> !torch.list<int>
    %84 = torch.aten.permute %82, %83 : !torch.vtensor<[64,128],f32>, !torch.list<int> -> !torch.vtensor<[128,64],f32>
    %85 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_3> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %int1_83 = torch.constant.int 1
    %int1_84 = torch.constant.int 1
    %86 = torch.aten.addmm %85, %81, %84, %int1_83, %int1_84 : !torch.vtensor<[64],f32>, !torch.vtensor<[?,128],f32>, !torch.vtensor<[128,64],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %86, [%0], affine_map<()[s0] -> (s0 * 12, 64)> : !torch.vtensor<[?,64],f32>
    %int12_85 = torch.constant.int 12
    %int64_86 = torch.constant.int 64
    %87 = torch.prim.ListConstruct %1, %int12_85, %int64_86 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %88 = torch.aten.view %86, %87 : !torch.vtensor<[?,64],f32>, !torch.list<int> -> !torch.vtensor<[?,12,64],f32>
    torch.bind_symbolic_shape %88, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %none_87 = torch.constant.none
    %89 = torch.aten.clone %88, %none_87 : !torch.vtensor<[?,12,64],f32>, !torch.none -> !torch.vtensor<[?,12,64],f32>
    torch.bind_symbolic_shape %89, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %int1_88 = torch.constant.int 1
    %90 = torch.aten.add.Tensor %result0, %89, %int1_88 : !torch.vtensor<[?,12,64],f32>, !torch.vtensor<[?,12,64],f32>, !torch.int -> !torch.vtensor<[?,12,64],f32>
    torch.bind_symbolic_shape %90, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %int64_89 = torch.constant.int 64
    %91 = torch.prim.ListConstruct %int64_89 : (!torch.int) -> !torch.list<int>
    %92 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_4> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %93 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_5> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %float1.000000e-05_90 = torch.constant.float 1.000000e-05
    %result0_91, %result1_92, %result2_93 = torch.aten.native_layer_norm %90, %91, %92, %93, %float1.000000e-05_90 : !torch.vtensor<[?,12,64],f32>, !torch.list<int>, !torch.vtensor<[64],f32>, !torch.vtensor<[64],f32>, !torch.float -> !torch.vtensor<[?,12,64],f32>, !torch.vtensor<[?,12,1],f32>, !torch.vtensor<[?,12,1],f32>
    torch.bind_symbolic_shape %result0_91, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %int1_94 = torch.constant.int 1
    %int0_95 = torch.constant.int 0
    %int2_96 = torch.constant.int 2
    %94 = torch.prim.ListConstruct %int1_94, %int0_95, %int2_96 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %95 = torch.aten.permute %result0_91, %94 : !torch.vtensor<[?,12,64],f32>, !torch.list<int> -> !torch.vtensor<[12,?,64],f32>
    torch.bind_symbolic_shape %95, [%0], affine_map<()[s0] -> (12, s0, 64)> : !torch.vtensor<[12,?,64],f32>
    %layers.1.self_attn.in_proj_weight = util.global.load @layers.1.self_attn.in_proj_weight : tensor<192x64xf32>
    %96 = torch_c.from_builtin_tensor %layers.1.self_attn.in_proj_weight : tensor<192x64xf32> -> !torch.vtensor<[192,64],f32>
    %int1_97 = torch.constant.int 1
    %int0_98 = torch.constant.int 0
    %97 = torch.prim.ListConstruct %int1_97, %int0_98 : (!torch.int, !torch.int) -> !torch.list<int>
    %98 = torch.aten.permute %96, %97 : !torch.vtensor<[192,64],f32>, !torch.list<int> -> !torch.vtensor<[64,192],f32>
    %int12_99 = torch.constant.int 12
    %int64_100 = torch.constant.int 64
    %99 = torch.prim.ListConstruct %int12_99, %1, %int64_100 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %false_101 = torch.constant.bool false
    %100 = torch.aten.expand %95, %99, %false_101 : !torch.vtensor<[12,?,64],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[12,?,64],f32>
    torch.bind_symbolic_shape %100, [%0], affine_map<()[s0] -> (12, s0, 64)> : !torch.vtensor<[12,?,64],f32>
    %int12_102 = torch.constant.int 12
    %int64_103 = torch.constant.int 64
    %101 = torch.prim.ListConstruct %int12_102, %1, %int64_103 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %102 = torch.aten.view %100, %101 : !torch.vtensor<[12,?,64],f32>, !torch.list<int> -> !torch.vtensor<[12,?,64],f32>
    torch.bind_symbolic_shape %102, [%0], affine_map<()[s0] -> (12, s0, 64)> : !torch.vtensor<[12,?,64],f32>
    %int12_104 = torch.constant.int 12
    %int64_105 = torch.constant.int 64
    %int192_106 = torch.constant.int 192
    %103 = torch.prim.ListConstruct %int12_104, %int64_105, %int192_106 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %false_107 = torch.constant.bool false
    %104 = torch.aten.expand %98, %103, %false_107 : !torch.vtensor<[64,192],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[12,64,192],f32>
    %int12_108 = torch.constant.int 12
    %int64_109 = torch.constant.int 64
    %int192_110 = torch.constant.int 192
    %105 = torch.prim.ListConstruct %int12_108, %int64_109, %int192_110 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %106 = torch.aten.view %104, %105 : !torch.vtensor<[12,64,192],f32>, !torch.list<int> -> !torch.vtensor<[12,64,192],f32>
    %107 = torch.aten.bmm %102, %106 : !torch.vtensor<[12,?,64],f32>, !torch.vtensor<[12,64,192],f32> -> !torch.vtensor<[12,?,192],f32>
    torch.bind_symbolic_shape %107, [%0], affine_map<()[s0] -> (12, s0, 192)> : !torch.vtensor<[12,?,192],f32>
    %int12_111 = torch.constant.int 12
    %int192_112 = torch.constant.int 192
    %108 = torch.prim.ListConstruct %int12_111, %1, %int192_112 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %109 = torch.aten.view %107, %108 : !torch.vtensor<[12,?,192],f32>, !torch.list<int> -> !torch.vtensor<[12,?,192],f32>
    torch.bind_symbolic_shape %109, [%0], affine_map<()[s0] -> (12, s0, 192)> : !torch.vtensor<[12,?,192],f32>
    %110 = torch.vtensor.literal(dense_resource<torch_tensor_192_torch.float32_1> : tensor<192xf32>) : !torch.vtensor<[192],f32>
    %int1_113 = torch.constant.int 1
    %111 = torch.aten.add.Tensor %109, %110, %int1_113 : !torch.vtensor<[12,?,192],f32>, !torch.vtensor<[192],f32>, !torch.int -> !torch.vtensor<[12,?,192],f32>
    torch.bind_symbolic_shape %111, [%0], affine_map<()[s0] -> (12, s0, 192)> : !torch.vtensor<[12,?,192],f32>
    %int12_114 = torch.constant.int 12
    %int3_115 = torch.constant.int 3
    %int64_116 = torch.constant.int 64
    %112 = torch.prim.ListConstruct %int12_114, %1, %int3_115, %int64_116 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %113 = torch.aten.view %111, %112 : !torch.vtensor<[12,?,192],f32>, !torch.list<int> -> !torch.vtensor<[12,?,3,64],f32>
    torch.bind_symbolic_shape %113, [%0], affine_map<()[s0] -> (12, s0, 3, 64)> : !torch.vtensor<[12,?,3,64],f32>
    %int0_117 = torch.constant.int 0
    %114 = torch.aten.unsqueeze %113, %int0_117 : !torch.vtensor<[12,?,3,64],f32>, !torch.int -> !torch.vtensor<[1,12,?,3,64],f32>
    torch.bind_symbolic_shape %114, [%0], affine_map<()[s0] -> (1, 12, s0, 3, 64)> : !torch.vtensor<[1,12,?,3,64],f32>
    %int3_118 = torch.constant.int 3
    %int1_119 = torch.constant.int 1
    %int2_120 = torch.constant.int 2
    %int0_121 = torch.constant.int 0
    %int4_122 = torch.constant.int 4
    %115 = torch.prim.ListConstruct %int3_118, %int1_119, %int2_120, %int0_121, %int4_122 : (!torch.int, !torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %116 = torch.aten.permute %114, %115 : !torch.vtensor<[1,12,?,3,64],f32>, !torch.list<int> -> !torch.vtensor<[3,12,?,1,64],f32>
    torch.bind_symbolic_shape %116, [%0], affine_map<()[s0] -> (3, 12, s0, 1, 64)> : !torch.vtensor<[3,12,?,1,64],f32>
    %int-2_123 = torch.constant.int -2
    %117 = torch.aten.squeeze.dim %116, %int-2_123 : !torch.vtensor<[3,12,?,1,64],f32>, !torch.int -> !torch.vtensor<[3,12,?,64],f32>
    torch.bind_symbolic_shape %117, [%0], affine_map<()[s0] -> (3, 12, s0, 64)> : !torch.vtensor<[3,12,?,64],f32>
    %int0_124 = torch.constant.int 0
    %118 = torch.aten.clone %117, %int0_124 : !torch.vtensor<[3,12,?,64],f32>, !torch.int -> !torch.vtensor<[3,12,?,64],f32>
    torch.bind_symbolic_shape %118, [%0], affine_map<()[s0] -> (3, 12, s0, 64)> : !torch.vtensor<[3,12,?,64],f32>
    %int0_125 = torch.constant.int 0
    %int0_126 = torch.constant.int 0
    %119 = torch.aten.select.int %118, %int0_125, %int0_126 : !torch.vtensor<[3,12,?,64],f32>, !torch.int, !torch.int -> !torch.vtensor<[12,?,64],f32>
    torch.bind_symbolic_shape %119, [%0], affine_map<()[s0] -> (12, s0, 64)> : !torch.vtensor<[12,?,64],f32>
    %int0_127 = torch.constant.int 0
    %int1_128 = torch.constant.int 1
    %120 = torch.aten.select.int %118, %int0_127, %int1_128 : !torch.vtensor<[3,12,?,64],f32>, !torch.int, !torch.int -> !torch.vtensor<[12,?,64],f32>
    torch.bind_symbolic_shape %120, [%0], affine_map<()[s0] -> (12, s0, 64)> : !torch.vtensor<[12,?,64],f32>
    %int0_129 = torch.constant.int 0
    %int2_130 = torch.constant.int 2
    %121 = torch.aten.select.int %118, %int0_129, %int2_130 : !torch.vtensor<[3,12,?,64],f32>, !torch.int, !torch.int -> !torch.vtensor<[12,?,64],f32>
    torch.bind_symbolic_shape %121, [%0], affine_map<()[s0] -> (12, s0, 64)> : !torch.vtensor<[12,?,64],f32>
    %int12_131 = torch.constant.int 12
    %int16_132 = torch.constant.int 16
    %122 = torch.prim.ListConstruct %int12_131, %30, %int16_132 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %123 = torch.aten.view %119, %122 : !torch.vtensor<[12,?,64],f32>, !torch.list<int> -> !torch.vtensor<[12,?,16],f32>
    torch.bind_symbolic_shape %123, [%0], affine_map<()[s0] -> (12, s0 * 4, 16)> : !torch.vtensor<[12,?,16],f32>
    %int1_133 = torch.constant.int 1
    %int0_134 = torch.constant.int 0
    %int2_135 = torch.constant.int 2
    %124 = torch.prim.ListConstruct %int1_133, %int0_134, %int2_135 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %125 = torch.aten.permute %123, %124 : !torch.vtensor<[12,?,16],f32>, !torch.list<int> -> !torch.vtensor<[?,12,16],f32>
    torch.bind_symbolic_shape %125, [%0], affine_map<()[s0] -> (s0 * 4, 12, 16)> : !torch.vtensor<[?,12,16],f32>
    %int12_136 = torch.constant.int 12
    %int16_137 = torch.constant.int 16
    %126 = torch.prim.ListConstruct %int12_136, %30, %int16_137 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %127 = torch.aten.view %120, %126 : !torch.vtensor<[12,?,64],f32>, !torch.list<int> -> !torch.vtensor<[12,?,16],f32>
    torch.bind_symbolic_shape %127, [%0], affine_map<()[s0] -> (12, s0 * 4, 16)> : !torch.vtensor<[12,?,16],f32>
    %int1_138 = torch.constant.int 1
    %int0_139 = torch.constant.int 0
    %int2_140 = torch.constant.int 2
    %128 = torch.prim.ListConstruct %int1_138, %int0_139, %int2_140 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %129 = torch.aten.permute %127, %128 : !torch.vtensor<[12,?,16],f32>, !torch.list<int> -> !torch.vtensor<[?,12,16],f32>
    torch.bind_symbolic_shape %129, [%0], affine_map<()[s0] -> (s0 * 4, 12, 16)> : !torch.vtensor<[?,12,16],f32>
    %int12_141 = torch.constant.int 12
    %int16_142 = torch.constant.int 16
    %130 = torch.prim.ListConstruct %int12_141, %30, %int16_142 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %131 = torch.aten.view %121, %130 : !torch.vtensor<[12,?,64],f32>, !torch.list<int> -> !torch.vtensor<[12,?,16],f32>
    torch.bind_symbolic_shape %131, [%0], affine_map<()[s0] -> (12, s0 * 4, 16)> : !torch.vtensor<[12,?,16],f32>
    %int1_143 = torch.constant.int 1
    %int0_144 = torch.constant.int 0
    %int2_145 = torch.constant.int 2
    %132 = torch.prim.ListConstruct %int1_143, %int0_144, %int2_145 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %133 = torch.aten.permute %131, %132 : !torch.vtensor<[12,?,16],f32>, !torch.list<int> -> !torch.vtensor<[?,12,16],f32>
    torch.bind_symbolic_shape %133, [%0], affine_map<()[s0] -> (s0 * 4, 12, 16)> : !torch.vtensor<[?,12,16],f32>
    %int4_146 = torch.constant.int 4
    %int12_147 = torch.constant.int 12
    %int16_148 = torch.constant.int 16
    %134 = torch.prim.ListConstruct %1, %int4_146, %int12_147, %int16_148 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %135 = torch.aten.view %125, %134 : !torch.vtensor<[?,12,16],f32>, !torch.list<int> -> !torch.vtensor<[?,4,12,16],f32>
    torch.bind_symbolic_shape %135, [%0], affine_map<()[s0] -> (s0, 4, 12, 16)> : !torch.vtensor<[?,4,12,16],f32>
    %int4_149 = torch.constant.int 4
    %int12_150 = torch.constant.int 12
    %int16_151 = torch.constant.int 16
    %136 = torch.prim.ListConstruct %1, %int4_149, %int12_150, %int16_151 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %137 = torch.aten.view %129, %136 : !torch.vtensor<[?,12,16],f32>, !torch.list<int> -> !torch.vtensor<[?,4,12,16],f32>
    torch.bind_symbolic_shape %137, [%0], affine_map<()[s0] -> (s0, 4, 12, 16)> : !torch.vtensor<[?,4,12,16],f32>
    %int4_152 = torch.constant.int 4
    %int12_153 = torch.constant.int 12
    %int16_154 = torch.constant.int 16
    %138 = torch.prim.ListConstruct %1, %int4_152, %int12_153, %int16_154 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %139 = torch.aten.view %133, %138 : !torch.vtensor<[?,12,16],f32>, !torch.list<int> -> !torch.vtensor<[?,4,12,16],f32>
    torch.bind_symbolic_shape %139, [%0], affine_map<()[s0] -> (s0, 4, 12, 16)> : !torch.vtensor<[?,4,12,16],f32>
    %none_155 = torch.constant.none
    %float0.000000e00_156 = torch.constant.float 0.000000e+00
    %false_157 = torch.constant.bool false
    %none_158 = torch.constant.none
    %false_159 = torch.constant.bool false
    %140 = torch.aten.scaled_dot_product_attention %135, %137, %139, %none_155, %float0.000000e00_156, %false_157, %none_158, %false_159 : !torch.vtensor<[?,4,12,16],f32>, !torch.vtensor<[?,4,12,16],f32>, !torch.vtensor<[?,4,12,16],f32>, !torch.none, !torch.float, !torch.bool, !torch.none, !torch.bool -> !torch.vtensor<[?,4,12,16],f32>
    torch.bind_symbolic_shape %140, [%0], affine_map<()[s0] -> (s0, 4, 12, 16)> : !torch.vtensor<[?,4,12,16],f32>
    %int2_160 = torch.constant.int 2
    %int0_161 = torch.constant.int 0
    %int1_162 = torch.constant.int 1
    %int3_163 = torch.constant.int 3
    %141 = torch.prim.ListConstruct %int2_160, %int0_161, %int1_162, %int3_163 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %142 = torch.aten.permute %140, %141 : !torch.vtensor<[?,4,12,16],f32>, !torch.list<int> -> !torch.vtensor<[12,?,4,16],f32>
    torch.bind_symbolic_shape %142, [%0], affine_map<()[s0] -> (12, s0, 4, 16)> : !torch.vtensor<[12,?,4,16],f32>
    %int64_164 = torch.constant.int 64
    %143 = torch.prim.ListConstruct %52, %int64_164 : (!torch.int, !torch.int) -> !torch.list<int>
    %144 = torch.aten.view %142, %143 : !torch.vtensor<[12,?,4,16],f32>, !torch.list<int> -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %144, [%0], affine_map<()[s0] -> (s0 * 12, 64)> : !torch.vtensor<[?,64],f32>
    %layers.1.self_attn.out_proj.weight = util.global.load @layers.1.self_attn.out_proj.weight : tensor<64x64xf32>
    %145 = torch_c.from_builtin_tensor %layers.1.self_attn.out_proj.weight : tensor<64x64xf32> -> !torch.vtensor<[64,64],f32>
    %int1_165 = torch.constant.int 1
    %int0_166 = torch.constant.int 0
    %146 = torch.prim.ListConstruct %int1_165, %int0_166 : (!torch.int, !torch.int) -> !torch.list<int>
    %147 = torch.aten.permute %145, %146 : !torch.vtensor<[64,64],f32>, !torch.list<int> -> !torch.vtensor<[64,64],f32>
    %148 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_6> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %int1_167 = torch.constant.int 1
    %int1_168 = torch.constant.int 1
    %149 = torch.aten.addmm %148, %144, %147, %int1_167, %int1_168 : !torch.vtensor<[64],f32>, !torch.vtensor<[?,64],f32>, !torch.vtensor<[64,64],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %149, [%0], affine_map<()[s0] -> (s0 * 12, 64)> : !torch.vtensor<[?,64],f32>
    %int12_169 = torch.constant.int 12
    %int64_170 = torch.constant.int 64
    %150 = torch.prim.ListConstruct %int12_169, %1, %int64_170 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %151 = torch.aten.view %149, %150 : !torch.vtensor<[?,64],f32>, !torch.list<int> -> !torch.vtensor<[12,?,64],f32>
    torch.bind_symbolic_shape %151, [%0], affine_map<()[s0] -> (12, s0, 64)> : !torch.vtensor<[12,?,64],f32>
    %int1_171 = torch.constant.int 1
    %int0_172 = torch.constant.int 0
    %int2_173 = torch.constant.int 2
    %152 = torch.prim.ListConstruct %int1_171, %int0_172, %int2_173 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %153 = torch.aten.permute %151, %152 : !torch.vtensor<[12,?,64],f32>, !torch.list<int> -> !torch.vtensor<[?,12,64],f32>
    torch.bind_symbolic_shape %153, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %none_174 = torch.constant.none
    %154 = torch.aten.clone %153, %none_174 : !torch.vtensor<[?,12,64],f32>, !torch.none -> !torch.vtensor<[?,12,64],f32>
    torch.bind_symbolic_shape %154, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %int1_175 = torch.constant.int 1
    %155 = torch.aten.add.Tensor %result0_91, %154, %int1_175 : !torch.vtensor<[?,12,64],f32>, !torch.vtensor<[?,12,64],f32>, !torch.int -> !torch.vtensor<[?,12,64],f32>
    torch.bind_symbolic_shape %155, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %int64_176 = torch.constant.int 64
    %156 = torch.prim.ListConstruct %int64_176 : (!torch.int) -> !torch.list<int>
    %157 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_7> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %158 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_8> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %float1.000000e-05_177 = torch.constant.float 1.000000e-05
    %result0_178, %result1_179, %result2_180 = torch.aten.native_layer_norm %155, %156, %157, %158, %float1.000000e-05_177 : !torch.vtensor<[?,12,64],f32>, !torch.list<int>, !torch.vtensor<[64],f32>, !torch.vtensor<[64],f32>, !torch.float -> !torch.vtensor<[?,12,64],f32>, !torch.vtensor<[?,12,1],f32>, !torch.vtensor<[?,12,1],f32>
    torch.bind_symbolic_shape %result0_178, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %int64_181 = torch.constant.int 64
    %159 = torch.prim.ListConstruct %52, %int64_181 : (!torch.int, !torch.int) -> !torch.list<int>
    %160 = torch.aten.view %result0_178, %159 : !torch.vtensor<[?,12,64],f32>, !torch.list<int> -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %160, [%0], affine_map<()[s0] -> (s0 * 12, 64)> : !torch.vtensor<[?,64],f32>
    %layers.1.linear1.weight = util.global.load @layers.1.linear1.weight : tensor<128x64xf32>
    %161 = torch_c.from_builtin_tensor %layers.1.linear1.weight : tensor<128x64xf32> -> !torch.vtensor<[128,64],f32>
    %int1_182 = torch.constant.int 1
    %int0_183 = torch.constant.int 0
    %162 = torch.prim.ListConstruct %int1_182, %int0_183 : (!torch.int, !torch.int) -> !torch.list<int>
    %163 = torch.aten.permute %161, %162 : !torch.vtensor<[128,64],f32>, !torch.list<int> -> !torch.vtensor<[64,128],f32>
    %164 = torch.vtensor.literal(dense_resource<torch_tensor_128_torch.float32_1> : tensor<128xf32>) : !torch.vtensor<[128],f32>
    %int1_184 = torch.constant.int 1
    %int1_185 = torch.constant.int 1
    %165 = torch.aten.addmm %164, %160, %163, %int1_184, %int1_185 : !torch.vtensor<[128],f32>, !torch.vtensor<[?,64],f32>, !torch.vtensor<[64,128],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,128],f32>
    torch.bind_symbolic_shape %165, [%0], affine_map<()[s0] -> (s0 * 12, 128)> : !torch.vtensor<[?,128],f32>
    %int12_186 = torch.constant.int 12
    %int128_187 = torch.constant.int 128
    %166 = torch.prim.ListConstruct %1, %int12_186, %int128_187 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %167 = torch.aten.view %165, %166 : !torch.vtensor<[?,128],f32>, !torch.list<int> -> !torch.vtensor<[?,12,128],f32>
    torch.bind_symbolic_shape %167, [%0], affine_map<()[s0] -> (s0, 12, 128)> : !torch.vtensor<[?,12,128],f32>
    %168 = torch.aten.relu %167 : !torch.vtensor<[?,12,128],f32> -> !torch.vtensor<[?,12,128],f32>
    torch.bind_symbolic_shape %168, [%0], affine_map<()[s0] -> (s0, 12, 128)> : !torch.vtensor<[?,12,128],f32>
    %none_188 = torch.constant.none
    %169 = torch.aten.clone %168, %none_188 : !torch.vtensor<[?,12,128],f32>, !torch.none -> !torch.vtensor<[?,12,128],f32>
    torch.bind_symbolic_shape %169, [%0], affine_map<()[s0] -> (s0, 12, 128)> : !torch.vtensor<[?,12,128],f32>
    %int128_189 = torch.constant.int 128
    %170 = torch.prim.ListConstruct %52, %int128_189 : (!torch.int, !torch.int) -> !torch.list<int>
    %171 = torch.aten.view %169, %170 : !torch.vtensor<[?,12,128],f32>, !torch.list<int> -> !torch.vtensor<[?,128],f32>
    torch.bind_symbolic_shape %171, [%0], affine_map<()[s0] -> (s0 * 12, 128)> : !torch.vtensor<[?,128],f32>
    %layers.1.linear2.weight = util.global.load @layers.1.linear2.weight : tensor<64x128xf32>
    %172 = torch_c.from_builtin_tensor %layers.1.linear2.weight : tensor<64x128xf32> -> !torch.vtensor<[64,128],f32>
    %int1_190 = torch.constant.int 1
    %int0_191 = torch.constant.int 0
    %173 = torch.prim.ListConstruct %int1_190, %int0_191 : (!torch.int, !torch.int) -> !torch.list<int>
    %174 = torch.aten.permute %172, %173 : !torch.vtensor<[64,128],f32>, !torch.list<int> -> !torch.vtensor<[128,64],f32>
    %175 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_9> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %int1_192 = torch.constant.int 1
    %int1_193 = torch.constant.int 1
    %176 = torch.aten.addmm %175, %171, %174, %int1_192, %int1_193 : !torch.vtensor<[64],f32>, !torch.vtensor<[?,128],f32>, !torch.vtensor<[128,64],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %176, [%0], affine_map<()[s0] -> (s0 * 12, 64)> : !torch.vtensor<[?,64],f32>
    %int12_194 = torch.constant.int 12
    %int64_195 = torch.constant.int 64
    %177 = torch.prim.ListConstruct %1, %int12_194, %int64_195 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %178 = torch.aten.view %176, %177 : !torch.vtensor<[?,64],f32>, !torch.list<int> -> !torch.vtensor<[?,12,64],f32>
    torch.bind_symbolic_shape %178, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %none_196 = torch.constant.none
    %179 = torch.aten.clone %178, %none_196 : !torch.vtensor<[?,12,64],f32>, !torch.none -> !torch.vtensor<[?,12,64],f32>
    torch.bind_symbolic_shape %179, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %int1_197 = torch.constant.int 1
    %180 = torch.aten.add.Tensor %result0_178, %179, %int1_197 : !torch.vtensor<[?,12,64],f32>, !torch.vtensor<[?,12,64],f32>, !torch.int -> !torch.vtensor<[?,12,64],f32>
    torch.bind_symbolic_shape %180, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %int64_198 = torch.constant.int 64
    %181 = torch.prim.ListConstruct %int64_198 : (!torch.int) -> !torch.list<int>
    %182 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_10> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %183 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_11> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %float1.000000e-05_199 = torch.constant.float 1.000000e-05
    %result0_200, %result1_201, %result2_202 = torch.aten.native_layer_norm %180, %181, %182, %183, %float1.000000e-05_199 : !torch.vtensor<[?,12,64],f32>, !torch.list<int>, !torch.vtensor<[64],f32>, !torch.vtensor<[64],f32>, !torch.float -> !torch.vtensor<[?,12,64],f32>, !torch.vtensor<[?,12,1],f32>, !torch.vtensor<[?,12,1],f32>
    torch.bind_symbolic_shape %result0_200, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    return %result0_200 : !torch.vtensor<[?,12,64],f32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_192_torch.float32: "0x04000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_64_torch.float32: "0x0400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_64_torch.float32_1: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_64_torch.float32_2: "0x0400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_128_torch.float32: "0x04000000305F623DD8995A3DF036B8BCF4BF8B3D6088253C886652BDBCF426BDF41CE93D444D923DF638C9BD24B3563D4E0AEDBDFACFAC3D0484AA3D4803393D8879FFBDBC829D3D84FE18BD562F9BBDB8CD02BD0067093B8A0DFEBD704953BD60D67CBC4E93913DDC71D9BD4C38BCBDECCC5DBDA079B2BD5C0A48BD6A4FFDBDFCE8263D62EEF5BDCCA5EEBDF4AB52BD2C10273D30B34C3D0852A13C7885723D1610AE3D8809CFBD607EDABCFE13B93D440B233DE8F3EBBDBC445ABDF0DD9D3D20498FBDF82FFBBD4CFA2D3DF683993DA269BF3D0062543DDEC8F8BD8E5BAE3D48838E3D2A55823D5031753C207BE8BB30F8B6BC68E8D5BC486BA93C980AA5BD20848BBBE07F2D3C80B4E9BA68CCD53C60FDF0BC2095D7BB001EA139F871C23DF4B079BD86C8AA3DD8BE9F3CA8C4853DB027E9BDF8A0FABC4C6C07BD344F03BD38A6DA3CE889BDBC041E7D3DDA69A8BD5C1EA23D408DAFBC30DBF2BC3842B13DB0B78DBD2A7AA6BD789FB63C402CD43C3436503DE0DFB03CCCDE193D00BAF0BCFC4AA5BD868AD03D2046493DE8105DBD58AFB0BCB085553C2839EEBDB4A5903D5837973C2C42843D68B8DDBDE0A77F3DBAD38B3DE08F013CC82AF33D207FF93C42EDABBDF89A613DC8AA59BD2A33AC3DF8F78E3C28DCE0BC8CCCAA3D10DA12BC1674893DA005103D5CE3E5BD14DFEB3D8011B93BE0E1023DBC6E0D3D602FECBCEC975DBD",
      torch_tensor_64_torch.float32_3: "0x040000009B52D53C5161AA3D8314CD3C9AE91B3DEBA24BBC309DA8BDEE052BBA36409ABD09B9A03D49534CBD76DAABBD8E835FBD611B2ABD10BE60BDA76DCD3BDFCADBBBB8C1A0BDC61E6F3D9D79113D8AF228BBB678AA3DE41B7C3D3AF0AFBAC482A8BDA06E013C1315BABCA870B2BDBCB8923D66D7AC3DDDAD5ABC624553BD26D8913D1F6033BDB1605E3D511DC73C4BC81B3B648C1ABCC9148ABD36109A3D930CCA3C5304AF3DAE66383D5DE6D6BC28DC8BBDD40B8ABCE455A2BD4ED6A33D854B47BD5D4715BC5328863D682FFBBC69013A3C71049C3D079E95BB9C1B07BDB6D69A3DD7C39D3D426E1F3D037F443DF284B0BD32890C3D66A9283CFC180CBBA61A33BD",
      torch_tensor_64_torch.float32_4: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_64_torch.float32_5: "0x0400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_192_torch.float32_1: "0x04000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_64_torch.float32_6: "0x0400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_64_torch.float32_7: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_64_torch.float32_8: "0x0400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_128_torch.float32_1: "0x04000000305F623DD8995A3DF036B8BCF4BF8B3D6088253C886652BDBCF426BDF41CE93D444D923DF638C9BD24B3563D4E0AEDBDFACFAC3D0484AA3D4803393D8879FFBDBC829D3D84FE18BD562F9BBDB8CD02BD0067093B8A0DFEBD704953BD60D67CBC4E93913DDC71D9BD4C38BCBDECCC5DBDA079B2BD5C0A48BD6A4FFDBDFCE8263D62EEF5BDCCA5EEBDF4AB52BD2C10273D30B34C3D0852A13C7885723D1610AE3D8809CFBD607EDABCFE13B93D440B233DE8F3EBBDBC445ABDF0DD9D3D20498FBDF82FFBBD4CFA2D3DF683993DA269BF3D0062543DDEC8F8BD8E5BAE3D48838E3D2A55823D5031753C207BE8BB30F8B6BC68E8D5BC486BA93C980AA5BD20848BBBE07F2D3C80B4E9BA68CCD53C60FDF0BC2095D7BB001EA139F871C23DF4B079BD86C8AA3DD8BE9F3CA8C4853DB027E9BDF8A0FABC4C6C07BD344F03BD38A6DA3CE889BDBC041E7D3DDA69A8BD5C1EA23D408DAFBC30DBF2BC3842B13DB0B78DBD2A7AA6BD789FB63C402CD43C3436503DE0DFB03CCCDE193D00BAF0BCFC4AA5BD868AD03D2046493DE8105DBD58AFB0BCB085553C2839EEBDB4A5903D5837973C2C42843D68B8DDBDE0A77F3DBAD38B3DE08F013CC82AF33D207FF93C42EDABBDF89A613DC8AA59BD2A33AC3DF8F78E3C28DCE0BC8CCCAA3D10DA12BC1674893DA005103D5CE3E5BD14DFEB3D8011B93BE0E1023DBC6E0D3D602FECBCEC975DBD",
      torch_tensor_64_torch.float32_9: "0x040000009B52D53C5161AA3D8314CD3C9AE91B3DEBA24BBC309DA8BDEE052BBA36409ABD09B9A03D49534CBD76DAABBD8E835FBD611B2ABD10BE60BDA76DCD3BDFCADBBBB8C1A0BDC61E6F3D9D79113D8AF228BBB678AA3DE41B7C3D3AF0AFBAC482A8BDA06E013C1315BABCA870B2BDBCB8923D66D7AC3DDDAD5ABC624553BD26D8913D1F6033BDB1605E3D511DC73C4BC81B3B648C1ABCC9148ABD36109A3D930CCA3C5304AF3DAE66383D5DE6D6BC28DC8BBDD40B8ABCE455A2BD4ED6A33D854B47BD5D4715BC5328863D682FFBBC69013A3C71049C3D079E95BB9C1B07BDB6D69A3DD7C39D3D426E1F3D037F443DF284B0BD32890C3D66A9283CFC180CBBA61A33BD",
      torch_tensor_64_torch.float32_10: "0x040000000000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F0000803F",
      torch_tensor_64_torch.float32_11: "0x0400000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    }
  }
#-}
