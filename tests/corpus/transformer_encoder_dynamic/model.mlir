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
    %int3_21 = torch.constant.int 3
    %25 = torch.prim.ListConstruct %int3_21 : (!torch.int) -> !torch.list<int>
    %26 = torch.prims.squeeze %24, %25 : !torch.vtensor<[3,12,?,1,64],f32>, !torch.list<int> -> !torch.vtensor<[3,12,?,64],f32>
    torch.bind_symbolic_shape %26, [%0], affine_map<()[s0] -> (3, 12, s0, 64)> : !torch.vtensor<[3,12,?,64],f32>
    %int0_22 = torch.constant.int 0
    %27 = torch.aten.clone %26, %int0_22 : !torch.vtensor<[3,12,?,64],f32>, !torch.int -> !torch.vtensor<[3,12,?,64],f32>
    torch.bind_symbolic_shape %27, [%0], affine_map<()[s0] -> (3, 12, s0, 64)> : !torch.vtensor<[3,12,?,64],f32>
    %int0_23 = torch.constant.int 0
    %int0_24 = torch.constant.int 0
    %28 = torch.aten.select.int %27, %int0_23, %int0_24 : !torch.vtensor<[3,12,?,64],f32>, !torch.int, !torch.int -> !torch.vtensor<[12,?,64],f32>
    torch.bind_symbolic_shape %28, [%0], affine_map<()[s0] -> (12, s0, 64)> : !torch.vtensor<[12,?,64],f32>
    %int0_25 = torch.constant.int 0
    %int1_26 = torch.constant.int 1
    %29 = torch.aten.select.int %27, %int0_25, %int1_26 : !torch.vtensor<[3,12,?,64],f32>, !torch.int, !torch.int -> !torch.vtensor<[12,?,64],f32>
    torch.bind_symbolic_shape %29, [%0], affine_map<()[s0] -> (12, s0, 64)> : !torch.vtensor<[12,?,64],f32>
    %int0_27 = torch.constant.int 0
    %int2_28 = torch.constant.int 2
    %30 = torch.aten.select.int %27, %int0_27, %int2_28 : !torch.vtensor<[3,12,?,64],f32>, !torch.int, !torch.int -> !torch.vtensor<[12,?,64],f32>
    torch.bind_symbolic_shape %30, [%0], affine_map<()[s0] -> (12, s0, 64)> : !torch.vtensor<[12,?,64],f32>
    %int4_29 = torch.constant.int 4
    %31 = torch.aten.mul.int %1, %int4_29 : !torch.int, !torch.int -> !torch.int
    %int12_30 = torch.constant.int 12
    %int16 = torch.constant.int 16
    %32 = torch.prim.ListConstruct %int12_30, %31, %int16 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %33 = torch.aten.view %28, %32 : !torch.vtensor<[12,?,64],f32>, !torch.list<int> -> !torch.vtensor<[12,?,16],f32>
    torch.bind_symbolic_shape %33, [%0], affine_map<()[s0] -> (12, s0 * 4, 16)> : !torch.vtensor<[12,?,16],f32>
    %int1_31 = torch.constant.int 1
    %int0_32 = torch.constant.int 0
    %int2_33 = torch.constant.int 2
    %34 = torch.prim.ListConstruct %int1_31, %int0_32, %int2_33 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %35 = torch.aten.permute %33, %34 : !torch.vtensor<[12,?,16],f32>, !torch.list<int> -> !torch.vtensor<[?,12,16],f32>
    torch.bind_symbolic_shape %35, [%0], affine_map<()[s0] -> (s0 * 4, 12, 16)> : !torch.vtensor<[?,12,16],f32>
    %int12_34 = torch.constant.int 12
    %int16_35 = torch.constant.int 16
    %36 = torch.prim.ListConstruct %int12_34, %31, %int16_35 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %37 = torch.aten.view %29, %36 : !torch.vtensor<[12,?,64],f32>, !torch.list<int> -> !torch.vtensor<[12,?,16],f32>
    torch.bind_symbolic_shape %37, [%0], affine_map<()[s0] -> (12, s0 * 4, 16)> : !torch.vtensor<[12,?,16],f32>
    %int1_36 = torch.constant.int 1
    %int0_37 = torch.constant.int 0
    %int2_38 = torch.constant.int 2
    %38 = torch.prim.ListConstruct %int1_36, %int0_37, %int2_38 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %39 = torch.aten.permute %37, %38 : !torch.vtensor<[12,?,16],f32>, !torch.list<int> -> !torch.vtensor<[?,12,16],f32>
    torch.bind_symbolic_shape %39, [%0], affine_map<()[s0] -> (s0 * 4, 12, 16)> : !torch.vtensor<[?,12,16],f32>
    %int12_39 = torch.constant.int 12
    %int16_40 = torch.constant.int 16
    %40 = torch.prim.ListConstruct %int12_39, %31, %int16_40 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %41 = torch.aten.view %30, %40 : !torch.vtensor<[12,?,64],f32>, !torch.list<int> -> !torch.vtensor<[12,?,16],f32>
    torch.bind_symbolic_shape %41, [%0], affine_map<()[s0] -> (12, s0 * 4, 16)> : !torch.vtensor<[12,?,16],f32>
    %int1_41 = torch.constant.int 1
    %int0_42 = torch.constant.int 0
    %int2_43 = torch.constant.int 2
    %42 = torch.prim.ListConstruct %int1_41, %int0_42, %int2_43 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %43 = torch.aten.permute %41, %42 : !torch.vtensor<[12,?,16],f32>, !torch.list<int> -> !torch.vtensor<[?,12,16],f32>
    torch.bind_symbolic_shape %43, [%0], affine_map<()[s0] -> (s0 * 4, 12, 16)> : !torch.vtensor<[?,12,16],f32>
    %int4_44 = torch.constant.int 4
    %int12_45 = torch.constant.int 12
    %int16_46 = torch.constant.int 16
    %44 = torch.prim.ListConstruct %1, %int4_44, %int12_45, %int16_46 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %45 = torch.aten.view %35, %44 : !torch.vtensor<[?,12,16],f32>, !torch.list<int> -> !torch.vtensor<[?,4,12,16],f32>
    torch.bind_symbolic_shape %45, [%0], affine_map<()[s0] -> (s0, 4, 12, 16)> : !torch.vtensor<[?,4,12,16],f32>
    %int4_47 = torch.constant.int 4
    %int12_48 = torch.constant.int 12
    %int16_49 = torch.constant.int 16
    %46 = torch.prim.ListConstruct %1, %int4_47, %int12_48, %int16_49 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %47 = torch.aten.view %39, %46 : !torch.vtensor<[?,12,16],f32>, !torch.list<int> -> !torch.vtensor<[?,4,12,16],f32>
    torch.bind_symbolic_shape %47, [%0], affine_map<()[s0] -> (s0, 4, 12, 16)> : !torch.vtensor<[?,4,12,16],f32>
    %int4_50 = torch.constant.int 4
    %int12_51 = torch.constant.int 12
    %int16_52 = torch.constant.int 16
    %48 = torch.prim.ListConstruct %1, %int4_50, %int12_51, %int16_52 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %49 = torch.aten.view %43, %48 : !torch.vtensor<[?,12,16],f32>, !torch.list<int> -> !torch.vtensor<[?,4,12,16],f32>
    torch.bind_symbolic_shape %49, [%0], affine_map<()[s0] -> (s0, 4, 12, 16)> : !torch.vtensor<[?,4,12,16],f32>
    %none = torch.constant.none
    %float0.000000e00 = torch.constant.float 0.000000e+00
    %false_53 = torch.constant.bool false
    %none_54 = torch.constant.none
    %false_55 = torch.constant.bool false
    %50 = torch.aten.scaled_dot_product_attention %45, %47, %49, %none, %float0.000000e00, %false_53, %none_54, %false_55 : !torch.vtensor<[?,4,12,16],f32>, !torch.vtensor<[?,4,12,16],f32>, !torch.vtensor<[?,4,12,16],f32>, !torch.none, !torch.float, !torch.bool, !torch.none, !torch.bool -> !torch.vtensor<[?,4,12,16],f32>
    torch.bind_symbolic_shape %50, [%0], affine_map<()[s0] -> (s0, 4, 12, 16)> : !torch.vtensor<[?,4,12,16],f32>
    %int2_56 = torch.constant.int 2
    %int0_57 = torch.constant.int 0
    %int1_58 = torch.constant.int 1
    %int3_59 = torch.constant.int 3
    %51 = torch.prim.ListConstruct %int2_56, %int0_57, %int1_58, %int3_59 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %52 = torch.aten.permute %50, %51 : !torch.vtensor<[?,4,12,16],f32>, !torch.list<int> -> !torch.vtensor<[12,?,4,16],f32>
    torch.bind_symbolic_shape %52, [%0], affine_map<()[s0] -> (12, s0, 4, 16)> : !torch.vtensor<[12,?,4,16],f32>
    %int12_60 = torch.constant.int 12
    %53 = torch.aten.mul.int %1, %int12_60 : !torch.int, !torch.int -> !torch.int
    %int64_61 = torch.constant.int 64
    %54 = torch.prim.ListConstruct %53, %int64_61 : (!torch.int, !torch.int) -> !torch.list<int>
    %55 = torch.aten.view %52, %54 : !torch.vtensor<[12,?,4,16],f32>, !torch.list<int> -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %55, [%0], affine_map<()[s0] -> (s0 * 12, 64)> : !torch.vtensor<[?,64],f32>
    %layers.0.self_attn.out_proj.weight = util.global.load @layers.0.self_attn.out_proj.weight : tensor<64x64xf32>
    %56 = torch_c.from_builtin_tensor %layers.0.self_attn.out_proj.weight : tensor<64x64xf32> -> !torch.vtensor<[64,64],f32>
    %int1_62 = torch.constant.int 1
    %int0_63 = torch.constant.int 0
    %57 = torch.prim.ListConstruct %int1_62, %int0_63 : (!torch.int, !torch.int) -> !torch.list<int>
    %58 = torch.aten.permute %56, %57 : !torch.vtensor<[64,64],f32>, !torch.list<int> -> !torch.vtensor<[64,64],f32>
    %59 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %int1_64 = torch.constant.int 1
    %int1_65 = torch.constant.int 1
    %60 = torch.aten.addmm %59, %55, %58, %int1_64, %int1_65 : !torch.vtensor<[64],f32>, !torch.vtensor<[?,64],f32>, !torch.vtensor<[64,64],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %60, [%0], affine_map<()[s0] -> (s0 * 12, 64)> : !torch.vtensor<[?,64],f32>
    %int12_66 = torch.constant.int 12
    %int64_67 = torch.constant.int 64
    %61 = torch.prim.ListConstruct %int12_66, %1, %int64_67 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %62 = torch.aten.view %60, %61 : !torch.vtensor<[?,64],f32>, !torch.list<int> -> !torch.vtensor<[12,?,64],f32>
    torch.bind_symbolic_shape %62, [%0], affine_map<()[s0] -> (12, s0, 64)> : !torch.vtensor<[12,?,64],f32>
    %int1_68 = torch.constant.int 1
    %int0_69 = torch.constant.int 0
    %int2_70 = torch.constant.int 2
    %63 = torch.prim.ListConstruct %int1_68, %int0_69, %int2_70 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %64 = torch.aten.permute %62, %63 : !torch.vtensor<[12,?,64],f32>, !torch.list<int> -> !torch.vtensor<[?,12,64],f32>
    torch.bind_symbolic_shape %64, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %none_71 = torch.constant.none
    %65 = torch.aten.clone %64, %none_71 : !torch.vtensor<[?,12,64],f32>, !torch.none -> !torch.vtensor<[?,12,64],f32>
    torch.bind_symbolic_shape %65, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %int1_72 = torch.constant.int 1
    %66 = torch.aten.add.Tensor %arg0, %65, %int1_72 : !torch.vtensor<[?,12,64],f32>, !torch.vtensor<[?,12,64],f32>, !torch.int -> !torch.vtensor<[?,12,64],f32>
    torch.bind_symbolic_shape %66, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %int64_73 = torch.constant.int 64
    %67 = torch.prim.ListConstruct %int64_73 : (!torch.int) -> !torch.list<int>
    %68 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_1> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %69 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_2> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %float1.000000e-05 = torch.constant.float 1.000000e-05
    %result0, %result1, %result2 = torch.aten.native_layer_norm %66, %67, %68, %69, %float1.000000e-05 : !torch.vtensor<[?,12,64],f32>, !torch.list<int>, !torch.vtensor<[64],f32>, !torch.vtensor<[64],f32>, !torch.float -> !torch.vtensor<[?,12,64],f32>, !torch.vtensor<[?,12,1],f32>, !torch.vtensor<[?,12,1],f32>
    torch.bind_symbolic_shape %result0, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %int64_74 = torch.constant.int 64
    %70 = torch.prim.ListConstruct %53, %int64_74 : (!torch.int, !torch.int) -> !torch.list<int>
    %71 = torch.aten.view %result0, %70 : !torch.vtensor<[?,12,64],f32>, !torch.list<int> -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %71, [%0], affine_map<()[s0] -> (s0 * 12, 64)> : !torch.vtensor<[?,64],f32>
    %layers.0.linear1.weight = util.global.load @layers.0.linear1.weight : tensor<128x64xf32>
    %72 = torch_c.from_builtin_tensor %layers.0.linear1.weight : tensor<128x64xf32> -> !torch.vtensor<[128,64],f32>
    %int1_75 = torch.constant.int 1
    %int0_76 = torch.constant.int 0
    %73 = torch.prim.ListConstruct %int1_75, %int0_76 : (!torch.int, !torch.int) -> !torch.list<int>
    %74 = torch.aten.permute %72, %73 : !torch.vtensor<[128,64],f32>, !torch.list<int> -> !torch.vtensor<[64,128],f32>
    %75 = torch.vtensor.literal(dense_resource<torch_tensor_128_torch.float32> : tensor<128xf32>) : !torch.vtensor<[128],f32>
    %int1_77 = torch.constant.int 1
    %int1_78 = torch.constant.int 1
    %76 = torch.aten.addmm %75, %71, %74, %int1_77, %int1_78 : !torch.vtensor<[128],f32>, !torch.vtensor<[?,64],f32>, !torch.vtensor<[64,128],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,128],f32>
    torch.bind_symbolic_shape %76, [%0], affine_map<()[s0] -> (s0 * 12, 128)> : !torch.vtensor<[?,128],f32>
    %int12_79 = torch.constant.int 12
    %int128 = torch.constant.int 128
    %77 = torch.prim.ListConstruct %1, %int12_79, %int128 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %78 = torch.aten.view %76, %77 : !torch.vtensor<[?,128],f32>, !torch.list<int> -> !torch.vtensor<[?,12,128],f32>
    torch.bind_symbolic_shape %78, [%0], affine_map<()[s0] -> (s0, 12, 128)> : !torch.vtensor<[?,12,128],f32>
    %79 = torch.aten.relu %78 : !torch.vtensor<[?,12,128],f32> -> !torch.vtensor<[?,12,128],f32>
    torch.bind_symbolic_shape %79, [%0], affine_map<()[s0] -> (s0, 12, 128)> : !torch.vtensor<[?,12,128],f32>
    %none_80 = torch.constant.none
    %80 = torch.aten.clone %79, %none_80 : !torch.vtensor<[?,12,128],f32>, !torch.none -> !torch.vtensor<[?,12,128],f32>
    torch.bind_symbolic_shape %80, [%0], affine_map<()[s0] -> (s0, 12, 128)> : !torch.vtensor<[?,12,128],f32>
    %int128_81 = torch.constant.int 128
    %81 = torch.prim.ListConstruct %53, %int128_81 : (!torch.int, !torch.int) -> !torch.list<int>
    %82 = torch.aten.view %80, %81 : !torch.vtensor<[?,12,128],f32>, !torch.list<int> -> !torch.vtensor<[?,128],f32>
    torch.bind_symbolic_shape %82, [%0], affine_map<()[s0] -> (s0 * 12, 128)> : !torch.vtensor<[?,128],f32>
    %layers.0.linear2.weight = util.global.load @layers.0.linear2.weight : tensor<64x128xf32>
    %83 = torch_c.from_builtin_tensor %layers.0.linear2.weight : tensor<64x128xf32> -> !torch.vtensor<[64,128],f32>
    %int1_82 = torch.constant.int 1
    %int0_83 = torch.constant.int 0
    %84 = torch.prim.ListConstruct %int1_82, %int0_83 : (!torch.int, !torch.int) -> !torch.list<int>
    %85 = torch.aten.permute %83, %84 : !torch.vtensor<[64,128],f32>, !torch.list<int> -> !torch.vtensor<[128,64],f32>
    %86 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_3> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %int1_84 = torch.constant.int 1
    %int1_85 = torch.constant.int 1
    %87 = torch.aten.addmm %86, %82, %85, %int1_84, %int1_85 : !torch.vtensor<[64],f32>, !torch.vtensor<[?,128],f32>, !torch.vtensor<[128,64],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %87, [%0], affine_map<()[s0] -> (s0 * 12, 64)> : !torch.vtensor<[?,64],f32>
    %int12_86 = torch.constant.int 12
    %int64_87 = torch.constant.int 64
    %88 = torch.prim.ListConstruct %1, %int12_86, %int64_87 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %89 = torch.aten.view %87, %88 : !torch.vtensor<[?,64],f32>, !torch.list<int> -> !torch.vtensor<[?,12,64],f32>
    torch.bind_symbolic_shape %89, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %none_88 = torch.constant.none
    %90 = torch.aten.clone %89, %none_88 : !torch.vtensor<[?,12,64],f32>, !torch.none -> !torch.vtensor<[?,12,64],f32>
    torch.bind_symbolic_shape %90, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %int1_89 = torch.constant.int 1
    %91 = torch.aten.add.Tensor %result0, %90, %int1_89 : !torch.vtensor<[?,12,64],f32>, !torch.vtensor<[?,12,64],f32>, !torch.int -> !torch.vtensor<[?,12,64],f32>
    torch.bind_symbolic_shape %91, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %int64_90 = torch.constant.int 64
    %92 = torch.prim.ListConstruct %int64_90 : (!torch.int) -> !torch.list<int>
    %93 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_4> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %94 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_5> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %float1.000000e-05_91 = torch.constant.float 1.000000e-05
    %result0_92, %result1_93, %result2_94 = torch.aten.native_layer_norm %91, %92, %93, %94, %float1.000000e-05_91 : !torch.vtensor<[?,12,64],f32>, !torch.list<int>, !torch.vtensor<[64],f32>, !torch.vtensor<[64],f32>, !torch.float -> !torch.vtensor<[?,12,64],f32>, !torch.vtensor<[?,12,1],f32>, !torch.vtensor<[?,12,1],f32>
    torch.bind_symbolic_shape %result0_92, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %int1_95 = torch.constant.int 1
    %int0_96 = torch.constant.int 0
    %int2_97 = torch.constant.int 2
    %95 = torch.prim.ListConstruct %int1_95, %int0_96, %int2_97 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %96 = torch.aten.permute %result0_92, %95 : !torch.vtensor<[?,12,64],f32>, !torch.list<int> -> !torch.vtensor<[12,?,64],f32>
    torch.bind_symbolic_shape %96, [%0], affine_map<()[s0] -> (12, s0, 64)> : !torch.vtensor<[12,?,64],f32>
    %layers.1.self_attn.in_proj_weight = util.global.load @layers.1.self_attn.in_proj_weight : tensor<192x64xf32>
    %97 = torch_c.from_builtin_tensor %layers.1.self_attn.in_proj_weight : tensor<192x64xf32> -> !torch.vtensor<[192,64],f32>
    %int1_98 = torch.constant.int 1
    %int0_99 = torch.constant.int 0
    %98 = torch.prim.ListConstruct %int1_98, %int0_99 : (!torch.int, !torch.int) -> !torch.list<int>
    %99 = torch.aten.permute %97, %98 : !torch.vtensor<[192,64],f32>, !torch.list<int> -> !torch.vtensor<[64,192],f32>
    %int12_100 = torch.constant.int 12
    %int64_101 = torch.constant.int 64
    %100 = torch.prim.ListConstruct %int12_100, %1, %int64_101 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %false_102 = torch.constant.bool false
    %101 = torch.aten.expand %96, %100, %false_102 : !torch.vtensor<[12,?,64],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[12,?,64],f32>
    torch.bind_symbolic_shape %101, [%0], affine_map<()[s0] -> (12, s0, 64)> : !torch.vtensor<[12,?,64],f32>
    %int12_103 = torch.constant.int 12
    %int64_104 = torch.constant.int 64
    %102 = torch.prim.ListConstruct %int12_103, %1, %int64_104 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %103 = torch.aten.view %101, %102 : !torch.vtensor<[12,?,64],f32>, !torch.list<int> -> !torch.vtensor<[12,?,64],f32>
    torch.bind_symbolic_shape %103, [%0], affine_map<()[s0] -> (12, s0, 64)> : !torch.vtensor<[12,?,64],f32>
    %int12_105 = torch.constant.int 12
    %int64_106 = torch.constant.int 64
    %int192_107 = torch.constant.int 192
    %104 = torch.prim.ListConstruct %int12_105, %int64_106, %int192_107 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %false_108 = torch.constant.bool false
    %105 = torch.aten.expand %99, %104, %false_108 : !torch.vtensor<[64,192],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[12,64,192],f32>
    %int12_109 = torch.constant.int 12
    %int64_110 = torch.constant.int 64
    %int192_111 = torch.constant.int 192
    %106 = torch.prim.ListConstruct %int12_109, %int64_110, %int192_111 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %107 = torch.aten.view %105, %106 : !torch.vtensor<[12,64,192],f32>, !torch.list<int> -> !torch.vtensor<[12,64,192],f32>
    %108 = torch.aten.bmm %103, %107 : !torch.vtensor<[12,?,64],f32>, !torch.vtensor<[12,64,192],f32> -> !torch.vtensor<[12,?,192],f32>
    torch.bind_symbolic_shape %108, [%0], affine_map<()[s0] -> (12, s0, 192)> : !torch.vtensor<[12,?,192],f32>
    %int12_112 = torch.constant.int 12
    %int192_113 = torch.constant.int 192
    %109 = torch.prim.ListConstruct %int12_112, %1, %int192_113 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %110 = torch.aten.view %108, %109 : !torch.vtensor<[12,?,192],f32>, !torch.list<int> -> !torch.vtensor<[12,?,192],f32>
    torch.bind_symbolic_shape %110, [%0], affine_map<()[s0] -> (12, s0, 192)> : !torch.vtensor<[12,?,192],f32>
    %111 = torch.vtensor.literal(dense_resource<torch_tensor_192_torch.float32_1> : tensor<192xf32>) : !torch.vtensor<[192],f32>
    %int1_114 = torch.constant.int 1
    %112 = torch.aten.add.Tensor %110, %111, %int1_114 : !torch.vtensor<[12,?,192],f32>, !torch.vtensor<[192],f32>, !torch.int -> !torch.vtensor<[12,?,192],f32>
    torch.bind_symbolic_shape %112, [%0], affine_map<()[s0] -> (12, s0, 192)> : !torch.vtensor<[12,?,192],f32>
    %int12_115 = torch.constant.int 12
    %int3_116 = torch.constant.int 3
    %int64_117 = torch.constant.int 64
    %113 = torch.prim.ListConstruct %int12_115, %1, %int3_116, %int64_117 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %114 = torch.aten.view %112, %113 : !torch.vtensor<[12,?,192],f32>, !torch.list<int> -> !torch.vtensor<[12,?,3,64],f32>
    torch.bind_symbolic_shape %114, [%0], affine_map<()[s0] -> (12, s0, 3, 64)> : !torch.vtensor<[12,?,3,64],f32>
    %int0_118 = torch.constant.int 0
    %115 = torch.aten.unsqueeze %114, %int0_118 : !torch.vtensor<[12,?,3,64],f32>, !torch.int -> !torch.vtensor<[1,12,?,3,64],f32>
    torch.bind_symbolic_shape %115, [%0], affine_map<()[s0] -> (1, 12, s0, 3, 64)> : !torch.vtensor<[1,12,?,3,64],f32>
    %int3_119 = torch.constant.int 3
    %int1_120 = torch.constant.int 1
    %int2_121 = torch.constant.int 2
    %int0_122 = torch.constant.int 0
    %int4_123 = torch.constant.int 4
    %116 = torch.prim.ListConstruct %int3_119, %int1_120, %int2_121, %int0_122, %int4_123 : (!torch.int, !torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %117 = torch.aten.permute %115, %116 : !torch.vtensor<[1,12,?,3,64],f32>, !torch.list<int> -> !torch.vtensor<[3,12,?,1,64],f32>
    torch.bind_symbolic_shape %117, [%0], affine_map<()[s0] -> (3, 12, s0, 1, 64)> : !torch.vtensor<[3,12,?,1,64],f32>
    %int3_124 = torch.constant.int 3
    %118 = torch.prim.ListConstruct %int3_124 : (!torch.int) -> !torch.list<int>
    %119 = torch.prims.squeeze %117, %118 : !torch.vtensor<[3,12,?,1,64],f32>, !torch.list<int> -> !torch.vtensor<[3,12,?,64],f32>
    torch.bind_symbolic_shape %119, [%0], affine_map<()[s0] -> (3, 12, s0, 64)> : !torch.vtensor<[3,12,?,64],f32>
    %int0_125 = torch.constant.int 0
    %120 = torch.aten.clone %119, %int0_125 : !torch.vtensor<[3,12,?,64],f32>, !torch.int -> !torch.vtensor<[3,12,?,64],f32>
    torch.bind_symbolic_shape %120, [%0], affine_map<()[s0] -> (3, 12, s0, 64)> : !torch.vtensor<[3,12,?,64],f32>
    %int0_126 = torch.constant.int 0
    %int0_127 = torch.constant.int 0
    %121 = torch.aten.select.int %120, %int0_126, %int0_127 : !torch.vtensor<[3,12,?,64],f32>, !torch.int, !torch.int -> !torch.vtensor<[12,?,64],f32>
    torch.bind_symbolic_shape %121, [%0], affine_map<()[s0] -> (12, s0, 64)> : !torch.vtensor<[12,?,64],f32>
    %int0_128 = torch.constant.int 0
    %int1_129 = torch.constant.int 1
    %122 = torch.aten.select.int %120, %int0_128, %int1_129 : !torch.vtensor<[3,12,?,64],f32>, !torch.int, !torch.int -> !torch.vtensor<[12,?,64],f32>
    torch.bind_symbolic_shape %122, [%0], affine_map<()[s0] -> (12, s0, 64)> : !torch.vtensor<[12,?,64],f32>
    %int0_130 = torch.constant.int 0
    %int2_131 = torch.constant.int 2
    %123 = torch.aten.select.int %120, %int0_130, %int2_131 : !torch.vtensor<[3,12,?,64],f32>, !torch.int, !torch.int -> !torch.vtensor<[12,?,64],f32>
    torch.bind_symbolic_shape %123, [%0], affine_map<()[s0] -> (12, s0, 64)> : !torch.vtensor<[12,?,64],f32>
    %int12_132 = torch.constant.int 12
    %int16_133 = torch.constant.int 16
    %124 = torch.prim.ListConstruct %int12_132, %31, %int16_133 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %125 = torch.aten.view %121, %124 : !torch.vtensor<[12,?,64],f32>, !torch.list<int> -> !torch.vtensor<[12,?,16],f32>
    torch.bind_symbolic_shape %125, [%0], affine_map<()[s0] -> (12, s0 * 4, 16)> : !torch.vtensor<[12,?,16],f32>
    %int1_134 = torch.constant.int 1
    %int0_135 = torch.constant.int 0
    %int2_136 = torch.constant.int 2
    %126 = torch.prim.ListConstruct %int1_134, %int0_135, %int2_136 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %127 = torch.aten.permute %125, %126 : !torch.vtensor<[12,?,16],f32>, !torch.list<int> -> !torch.vtensor<[?,12,16],f32>
    torch.bind_symbolic_shape %127, [%0], affine_map<()[s0] -> (s0 * 4, 12, 16)> : !torch.vtensor<[?,12,16],f32>
    %int12_137 = torch.constant.int 12
    %int16_138 = torch.constant.int 16
    %128 = torch.prim.ListConstruct %int12_137, %31, %int16_138 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %129 = torch.aten.view %122, %128 : !torch.vtensor<[12,?,64],f32>, !torch.list<int> -> !torch.vtensor<[12,?,16],f32>
    torch.bind_symbolic_shape %129, [%0], affine_map<()[s0] -> (12, s0 * 4, 16)> : !torch.vtensor<[12,?,16],f32>
    %int1_139 = torch.constant.int 1
    %int0_140 = torch.constant.int 0
    %int2_141 = torch.constant.int 2
    %130 = torch.prim.ListConstruct %int1_139, %int0_140, %int2_141 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %131 = torch.aten.permute %129, %130 : !torch.vtensor<[12,?,16],f32>, !torch.list<int> -> !torch.vtensor<[?,12,16],f32>
    torch.bind_symbolic_shape %131, [%0], affine_map<()[s0] -> (s0 * 4, 12, 16)> : !torch.vtensor<[?,12,16],f32>
    %int12_142 = torch.constant.int 12
    %int16_143 = torch.constant.int 16
    %132 = torch.prim.ListConstruct %int12_142, %31, %int16_143 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %133 = torch.aten.view %123, %132 : !torch.vtensor<[12,?,64],f32>, !torch.list<int> -> !torch.vtensor<[12,?,16],f32>
    torch.bind_symbolic_shape %133, [%0], affine_map<()[s0] -> (12, s0 * 4, 16)> : !torch.vtensor<[12,?,16],f32>
    %int1_144 = torch.constant.int 1
    %int0_145 = torch.constant.int 0
    %int2_146 = torch.constant.int 2
    %134 = torch.prim.ListConstruct %int1_144, %int0_145, %int2_146 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %135 = torch.aten.permute %133, %134 : !torch.vtensor<[12,?,16],f32>, !torch.list<int> -> !torch.vtensor<[?,12,16],f32>
    torch.bind_symbolic_shape %135, [%0], affine_map<()[s0] -> (s0 * 4, 12, 16)> : !torch.vtensor<[?,12,16],f32>
    %int4_147 = torch.constant.int 4
    %int12_148 = torch.constant.int 12
    %int16_149 = torch.constant.int 16
    %136 = torch.prim.ListConstruct %1, %int4_147, %int12_148, %int16_149 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %137 = torch.aten.view %127, %136 : !torch.vtensor<[?,12,16],f32>, !torch.list<int> -> !torch.vtensor<[?,4,12,16],f32>
    torch.bind_symbolic_shape %137, [%0], affine_map<()[s0] -> (s0, 4, 12, 16)> : !torch.vtensor<[?,4,12,16],f32>
    %int4_150 = torch.constant.int 4
    %int12_151 = torch.constant.int 12
    %int16_152 = torch.constant.int 16
    %138 = torch.prim.ListConstruct %1, %int4_150, %int12_151, %int16_152 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %139 = torch.aten.view %131, %138 : !torch.vtensor<[?,12,16],f32>, !torch.list<int> -> !torch.vtensor<[?,4,12,16],f32>
    torch.bind_symbolic_shape %139, [%0], affine_map<()[s0] -> (s0, 4, 12, 16)> : !torch.vtensor<[?,4,12,16],f32>
    %int4_153 = torch.constant.int 4
    %int12_154 = torch.constant.int 12
    %int16_155 = torch.constant.int 16
    %140 = torch.prim.ListConstruct %1, %int4_153, %int12_154, %int16_155 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %141 = torch.aten.view %135, %140 : !torch.vtensor<[?,12,16],f32>, !torch.list<int> -> !torch.vtensor<[?,4,12,16],f32>
    torch.bind_symbolic_shape %141, [%0], affine_map<()[s0] -> (s0, 4, 12, 16)> : !torch.vtensor<[?,4,12,16],f32>
    %none_156 = torch.constant.none
    %float0.000000e00_157 = torch.constant.float 0.000000e+00
    %false_158 = torch.constant.bool false
    %none_159 = torch.constant.none
    %false_160 = torch.constant.bool false
    %142 = torch.aten.scaled_dot_product_attention %137, %139, %141, %none_156, %float0.000000e00_157, %false_158, %none_159, %false_160 : !torch.vtensor<[?,4,12,16],f32>, !torch.vtensor<[?,4,12,16],f32>, !torch.vtensor<[?,4,12,16],f32>, !torch.none, !torch.float, !torch.bool, !torch.none, !torch.bool -> !torch.vtensor<[?,4,12,16],f32>
    torch.bind_symbolic_shape %142, [%0], affine_map<()[s0] -> (s0, 4, 12, 16)> : !torch.vtensor<[?,4,12,16],f32>
    %int2_161 = torch.constant.int 2
    %int0_162 = torch.constant.int 0
    %int1_163 = torch.constant.int 1
    %int3_164 = torch.constant.int 3
    %143 = torch.prim.ListConstruct %int2_161, %int0_162, %int1_163, %int3_164 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %144 = torch.aten.permute %142, %143 : !torch.vtensor<[?,4,12,16],f32>, !torch.list<int> -> !torch.vtensor<[12,?,4,16],f32>
    torch.bind_symbolic_shape %144, [%0], affine_map<()[s0] -> (12, s0, 4, 16)> : !torch.vtensor<[12,?,4,16],f32>
    %int64_165 = torch.constant.int 64
    %145 = torch.prim.ListConstruct %53, %int64_165 : (!torch.int, !torch.int) -> !torch.list<int>
    %146 = torch.aten.view %144, %145 : !torch.vtensor<[12,?,4,16],f32>, !torch.list<int> -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %146, [%0], affine_map<()[s0] -> (s0 * 12, 64)> : !torch.vtensor<[?,64],f32>
    %layers.1.self_attn.out_proj.weight = util.global.load @layers.1.self_attn.out_proj.weight : tensor<64x64xf32>
    %147 = torch_c.from_builtin_tensor %layers.1.self_attn.out_proj.weight : tensor<64x64xf32> -> !torch.vtensor<[64,64],f32>
    %int1_166 = torch.constant.int 1
    %int0_167 = torch.constant.int 0
    %148 = torch.prim.ListConstruct %int1_166, %int0_167 : (!torch.int, !torch.int) -> !torch.list<int>
    %149 = torch.aten.permute %147, %148 : !torch.vtensor<[64,64],f32>, !torch.list<int> -> !torch.vtensor<[64,64],f32>
    %150 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_6> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %int1_168 = torch.constant.int 1
    %int1_169 = torch.constant.int 1
    %151 = torch.aten.addmm %150, %146, %149, %int1_168, %int1_169 : !torch.vtensor<[64],f32>, !torch.vtensor<[?,64],f32>, !torch.vtensor<[64,64],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %151, [%0], affine_map<()[s0] -> (s0 * 12, 64)> : !torch.vtensor<[?,64],f32>
    %int12_170 = torch.constant.int 12
    %int64_171 = torch.constant.int 64
    %152 = torch.prim.ListConstruct %int12_170, %1, %int64_171 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %153 = torch.aten.view %151, %152 : !torch.vtensor<[?,64],f32>, !torch.list<int> -> !torch.vtensor<[12,?,64],f32>
    torch.bind_symbolic_shape %153, [%0], affine_map<()[s0] -> (12, s0, 64)> : !torch.vtensor<[12,?,64],f32>
    %int1_172 = torch.constant.int 1
    %int0_173 = torch.constant.int 0
    %int2_174 = torch.constant.int 2
    %154 = torch.prim.ListConstruct %int1_172, %int0_173, %int2_174 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %155 = torch.aten.permute %153, %154 : !torch.vtensor<[12,?,64],f32>, !torch.list<int> -> !torch.vtensor<[?,12,64],f32>
    torch.bind_symbolic_shape %155, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %none_175 = torch.constant.none
    %156 = torch.aten.clone %155, %none_175 : !torch.vtensor<[?,12,64],f32>, !torch.none -> !torch.vtensor<[?,12,64],f32>
    torch.bind_symbolic_shape %156, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %int1_176 = torch.constant.int 1
    %157 = torch.aten.add.Tensor %result0_92, %156, %int1_176 : !torch.vtensor<[?,12,64],f32>, !torch.vtensor<[?,12,64],f32>, !torch.int -> !torch.vtensor<[?,12,64],f32>
    torch.bind_symbolic_shape %157, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %int64_177 = torch.constant.int 64
    %158 = torch.prim.ListConstruct %int64_177 : (!torch.int) -> !torch.list<int>
    %159 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_7> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %160 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_8> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %float1.000000e-05_178 = torch.constant.float 1.000000e-05
    %result0_179, %result1_180, %result2_181 = torch.aten.native_layer_norm %157, %158, %159, %160, %float1.000000e-05_178 : !torch.vtensor<[?,12,64],f32>, !torch.list<int>, !torch.vtensor<[64],f32>, !torch.vtensor<[64],f32>, !torch.float -> !torch.vtensor<[?,12,64],f32>, !torch.vtensor<[?,12,1],f32>, !torch.vtensor<[?,12,1],f32>
    torch.bind_symbolic_shape %result0_179, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %int64_182 = torch.constant.int 64
    %161 = torch.prim.ListConstruct %53, %int64_182 : (!torch.int, !torch.int) -> !torch.list<int>
    %162 = torch.aten.view %result0_179, %161 : !torch.vtensor<[?,12,64],f32>, !torch.list<int> -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %162, [%0], affine_map<()[s0] -> (s0 * 12, 64)> : !torch.vtensor<[?,64],f32>
    %layers.1.linear1.weight = util.global.load @layers.1.linear1.weight : tensor<128x64xf32>
    %163 = torch_c.from_builtin_tensor %layers.1.linear1.weight : tensor<128x64xf32> -> !torch.vtensor<[128,64],f32>
    %int1_183 = torch.constant.int 1
    %int0_184 = torch.constant.int 0
    %164 = torch.prim.ListConstruct %int1_183, %int0_184 : (!torch.int, !torch.int) -> !torch.list<int>
    %165 = torch.aten.permute %163, %164 : !torch.vtensor<[128,64],f32>, !torch.list<int> -> !torch.vtensor<[64,128],f32>
    %166 = torch.vtensor.literal(dense_resource<torch_tensor_128_torch.float32_1> : tensor<128xf32>) : !torch.vtensor<[128],f32>
    %int1_185 = torch.constant.int 1
    %int1_186 = torch.constant.int 1
    %167 = torch.aten.addmm %166, %162, %165, %int1_185, %int1_186 : !torch.vtensor<[128],f32>, !torch.vtensor<[?,64],f32>, !torch.vtensor<[64,128],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,128],f32>
    torch.bind_symbolic_shape %167, [%0], affine_map<()[s0] -> (s0 * 12, 128)> : !torch.vtensor<[?,128],f32>
    %int12_187 = torch.constant.int 12
    %int128_188 = torch.constant.int 128
    %168 = torch.prim.ListConstruct %1, %int12_187, %int128_188 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %169 = torch.aten.view %167, %168 : !torch.vtensor<[?,128],f32>, !torch.list<int> -> !torch.vtensor<[?,12,128],f32>
    torch.bind_symbolic_shape %169, [%0], affine_map<()[s0] -> (s0, 12, 128)> : !torch.vtensor<[?,12,128],f32>
    %170 = torch.aten.relu %169 : !torch.vtensor<[?,12,128],f32> -> !torch.vtensor<[?,12,128],f32>
    torch.bind_symbolic_shape %170, [%0], affine_map<()[s0] -> (s0, 12, 128)> : !torch.vtensor<[?,12,128],f32>
    %none_189 = torch.constant.none
    %171 = torch.aten.clone %170, %none_189 : !torch.vtensor<[?,12,128],f32>, !torch.none -> !torch.vtensor<[?,12,128],f32>
    torch.bind_symbolic_shape %171, [%0], affine_map<()[s0] -> (s0, 12, 128)> : !torch.vtensor<[?,12,128],f32>
    %int128_190 = torch.constant.int 128
    %172 = torch.prim.ListConstruct %53, %int128_190 : (!torch.int, !torch.int) -> !torch.list<int>
    %173 = torch.aten.view %171, %172 : !torch.vtensor<[?,12,128],f32>, !torch.list<int> -> !torch.vtensor<[?,128],f32>
    torch.bind_symbolic_shape %173, [%0], affine_map<()[s0] -> (s0 * 12, 128)> : !torch.vtensor<[?,128],f32>
    %layers.1.linear2.weight = util.global.load @layers.1.linear2.weight : tensor<64x128xf32>
    %174 = torch_c.from_builtin_tensor %layers.1.linear2.weight : tensor<64x128xf32> -> !torch.vtensor<[64,128],f32>
    %int1_191 = torch.constant.int 1
    %int0_192 = torch.constant.int 0
    %175 = torch.prim.ListConstruct %int1_191, %int0_192 : (!torch.int, !torch.int) -> !torch.list<int>
    %176 = torch.aten.permute %174, %175 : !torch.vtensor<[64,128],f32>, !torch.list<int> -> !torch.vtensor<[128,64],f32>
    %177 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_9> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %int1_193 = torch.constant.int 1
    %int1_194 = torch.constant.int 1
    %178 = torch.aten.addmm %177, %173, %176, %int1_193, %int1_194 : !torch.vtensor<[64],f32>, !torch.vtensor<[?,128],f32>, !torch.vtensor<[128,64],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,64],f32>
    torch.bind_symbolic_shape %178, [%0], affine_map<()[s0] -> (s0 * 12, 64)> : !torch.vtensor<[?,64],f32>
    %int12_195 = torch.constant.int 12
    %int64_196 = torch.constant.int 64
    %179 = torch.prim.ListConstruct %1, %int12_195, %int64_196 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %180 = torch.aten.view %178, %179 : !torch.vtensor<[?,64],f32>, !torch.list<int> -> !torch.vtensor<[?,12,64],f32>
    torch.bind_symbolic_shape %180, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %none_197 = torch.constant.none
    %181 = torch.aten.clone %180, %none_197 : !torch.vtensor<[?,12,64],f32>, !torch.none -> !torch.vtensor<[?,12,64],f32>
    torch.bind_symbolic_shape %181, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %int1_198 = torch.constant.int 1
    %182 = torch.aten.add.Tensor %result0_179, %181, %int1_198 : !torch.vtensor<[?,12,64],f32>, !torch.vtensor<[?,12,64],f32>, !torch.int -> !torch.vtensor<[?,12,64],f32>
    torch.bind_symbolic_shape %182, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    %int64_199 = torch.constant.int 64
    %183 = torch.prim.ListConstruct %int64_199 : (!torch.int) -> !torch.list<int>
    %184 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_10> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %185 = torch.vtensor.literal(dense_resource<torch_tensor_64_torch.float32_11> : tensor<64xf32>) : !torch.vtensor<[64],f32>
    %float1.000000e-05_200 = torch.constant.float 1.000000e-05
    %result0_201, %result1_202, %result2_203 = torch.aten.native_layer_norm %182, %183, %184, %185, %float1.000000e-05_200 : !torch.vtensor<[?,12,64],f32>, !torch.list<int>, !torch.vtensor<[64],f32>, !torch.vtensor<[64],f32>, !torch.float -> !torch.vtensor<[?,12,64],f32>, !torch.vtensor<[?,12,1],f32>, !torch.vtensor<[?,12,1],f32>
    torch.bind_symbolic_shape %result0_201, [%0], affine_map<()[s0] -> (s0, 12, 64)> : !torch.vtensor<[?,12,64],f32>
    return %result0_201 : !torch.vtensor<[?,12,64],f32>
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
