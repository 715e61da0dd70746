module {
  util.global private @"4.conv1.weight" = #stream.parameter.named<"model"::"4.conv1.weight"> : tensor<32x16x3x3xf32>
  util.global private @"4.conv2.weight" = #stream.parameter.named<"model"::"4.conv2.weight"> : tensor<32x32x3x3xf32>
  util.global private @"5.conv1.weight" = #stream.parameter.named<"model"::"5.conv1.weight"> : tensor<32x32x3x3xf32>
  util.global private @"5.conv2.weight" = #stream.parameter.named<"model"::"5.conv2.weight"> : tensor<32x32x3x3xf32>
  func.func @main(%arg0: !torch.vtensor<[2,3,32,32],f32>) -> !torch.vtensor<[2,10],f32> attributes {torch.assume_strict_symbolic_shapes} {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_16_3_3_3_torch.float32> : tensor<16x3x3x3xf32>) : !torch.vtensor<[16,3,3,3],f32>
    %none = torch.constant.none
    %int1 = torch.constant.int 1
    %int1_0 = torch.constant.int 1
    %1 = torch.prim.ListConstruct %int1, %int1_0 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_1 = torch.constant.int 1
    %int1_2 = torch.constant.int 1
    %2 = torch.prim.ListConstruct %int1_1, %int1_2 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_3 = torch.constant.int 1
    %int1_4 = torch.constant.int 1
    %3 = torch.prim.ListConstruct %int1_3, %int1_4 : (!torch.int, !torch.int) -> !torch.list<int>
    %false = torch.constant.bool false
    %int0 = torch.constant.int 0
    %int0_5 = torch.constant.int 0
    %4 = torch.prim.ListConstruct %int0, %int0_5 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_6 = torch.constant.int 1
    %5 = torch.aten.convolution %arg0, %0, %none, %1, %2, %3, %false, %4, %int1_6 : !torch.vtensor<[2,3,32,32],f32>, !torch.vtensor<[16,3,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[2,16,32,32],f32>
    %6 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %float1.000000e-05 = torch.constant.float 1.000000e-05
    %int1_7 = torch.constant.int 1
    %7 = torch.aten.add.Scalar %6, %float1.000000e-05, %int1_7 : !torch.vtensor<[16],f32>, !torch.float, !torch.int -> !torch.vtensor<[16],f32>
    %8 = torch.aten.rsqrt %7 : !torch.vtensor<[16],f32> -> !torch.vtensor<[16],f32>
    %9 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_1> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %10 = torch.aten.mul.Tensor %8, %9 : !torch.vtensor<[16],f32>, !torch.vtensor<[16],f32> -> !torch.vtensor<[16],f32>
    %11 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_2> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int1_8 = torch.constant.int 1
    %int-1 = torch.constant.int -1
    %int1_9 = torch.constant.int 1
    %int1_10 = torch.constant.int 1
    %12 = torch.prim.ListConstruct %int1_8, %int-1, %int1_9, %int1_10 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %13 = torch.aten.view %11, %12 : !torch.vtensor<[16],f32>, !torch.list<int> -> !torch.vtensor<[1,16,1,1],f32>
    %int1_11 = torch.constant.int 1
    %14 = torch.aten.sub.Tensor %5, %13, %int1_11 : !torch.vtensor<[2,16,32,32],f32>, !torch.vtensor<[1,16,1,1],f32>, !torch.int -> !torch.vtensor<[2,16,32,32],f32>
    %int1_12 = torch.constant.int 1
    %int-1_13 = torch.constant.int -1
    %int1_14 = torch.constant.int 1
    %int1_15 = torch.constant.int 1
    %15 = torch.prim.ListConstruct %int1_12, %int-1_13, %int1_14, %int1_15 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %16 = torch.aten.view %10, %15 : !torch.vtensor<[16],f32>, !torch.list<int> -> !torch.vtensor<[1,16,1,1],f32>
    %17 = torch.aten.mul.Tensor %14, %16 : !torch.vtensor<[2,16,32,32],f32>, !torch.vtensor<[1,16,1,1],f32> -> !torch.vtensor<[2,16,32,32],f32>
    %18 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_3> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int1_16 = torch.constant.int 1
    %int-1_17 = torch.constant.int -1
    %int1_18 = torch.constant.int 1
    %int1_19 = torch.constant.int 1
    %19 = torch.prim.ListConstruct %int1_16, %int-1_17, %int1_18, %int1_19 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %20 = torch.aten.view %18, %19 : !torch.vtensor<[16],f32>, !torch.list<int> -> !torch.vtensor<[1,16,1,1],f32>
    %int1_20 = torch.constant.int 1
    %21 = torch.aten.add.Tensor %17, %20, %int1_20 : !torch.vtensor<[2,16,32,32],f32>, !torch.vtensor<[1,16,1,1],f32>, !torch.int -> !torch.vtensor<[2,16,32,32],f32>
    %22 = torch.aten.relu %21 : !torch.vtensor<[2,16,32,32],f32> -> !torch.vtensor<[2,16,32,32],f32>
    %23 = torch.vtensor.literal(dense_resource<torch_tensor_16_16_3_3_torch.float32> : tensor<16x16x3x3xf32>) : !torch.vtensor<[16,16,3,3],f32>
    %none_21 = torch.constant.none
    %int1_22 = torch.constant.int 1
    %int1_23 = torch.constant.int 1
    %24 = torch.prim.ListConstruct %int1_22, %int1_23 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_24 = torch.constant.int 1
    %int1_25 = torch.constant.int 1
    %25 = torch.prim.ListConstruct %int1_24, %int1_25 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_26 = torch.constant.int 1
    %int1_27 = torch.constant.int 1
    %26 = torch.prim.ListConstruct %int1_26, %int1_27 : (!torch.int, !torch.int) -> !torch.list<int>
    %false_28 = torch.constant.bool false
    %int0_29 = torch.constant.int 0
    %int0_30 = torch.constant.int 0
    %27 = torch.prim.ListConstruct %int0_29, %int0_30 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_31 = torch.constant.int 1
    %28 = torch.aten.convolution %22, %23, %none_21, %24, %25, %26, %false_28, %27, %int1_31 : !torch.vtensor<[2,16,32,32],f32>, !torch.vtensor<[16,16,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[2,16,32,32],f32>
    %29 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_4> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %float1.000000e-05_32 = torch.constant.float 1.000000e-05
    %int1_33 = torch.constant.int 1
    %30 = torch.aten.add.Scalar %29, %float1.000000e-05_32, %int1_33 : !torch.vtensor<[16],f32>, !torch.float, !torch.int -> !torch.vtensor<[16],f32>
    %31 = torch.aten.rsqrt %30 : !torch.vtensor<[16],f32> -> !torch.vtensor<[16],f32>
    %32 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_5> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %33 = torch.aten.mul.Tensor %31, %32 : !torch.vtensor<[16],f32>, !torch.vtensor<[16],f32> -> !torch.vtensor<[16],f32>
    %34 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_6> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int1_34 = torch.constant.int 1
    %int-1_35 = torch.constant.int -1
    %int1_36 = torch.constant.int 1
    %int1_37 = torch.constant.int 1
    %35 = torch.prim.ListConstruct %int1_34, %int-1_35, %int1_36, %int1_37 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %36 = torch.aten.view %34, %35 : !torch.vtensor<[16],f32>, !torch.list<int> -> !torch.vtensor<[1,16,1,1],f32>
    %int1_38 = torch.constant.int 1
    %37 = torch.aten.sub.Tensor %28, %36, %int1_38 : !torch.vtensor<[2,16,32,32],f32>, !torch.vtensor<[1,16,1,1],f32>, !torch.int -> !torch.vtensor<[2,16,32,32],f32>
    %int1_39 = torch.constant.int 1
    %int-1_40 = torch.constant.int -1
    %int1_41 = torch.constant.int 1
    %int1_42 = torch.constant.int 1
    %38 = torch.prim.ListConstruct %int1_39, %int-1_40, %int1_41, %int1_42 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %39 = torch.aten.view %33, %38 : !torch.vtensor<[16],f32>, !torch.list<int> -> !torch.vtensor<[1,16,1,1],f32>
    %40 = torch.aten.mul.Tensor %37, %39 : !torch.vtensor<[2,16,32,32],f32>, !torch.vtensor<[1,16,1,1],f32> -> !torch.vtensor<[2,16,32,32],f32>
    %41 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_7> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int1_43 = torch.constant.int 1
    %int-1_44 = torch.constant.int -1
    %int1_45 = torch.constant.int 1
    %int1_46 = torch.constant.int 1
    %42 = torch.prim.ListConstruct %int1_43, %int-1_44, %int1_45, %int1_46 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %43 = torch.aten.view %41, %42 : !torch.vtensor<[16],f32>, !torch.list<int> -> !torch.vtensor<[1,16,1,1],f32>
    %int1_47 = torch.constant.int 1
    %44 = torch.aten.add.Tensor %40, %43, %int1_47 : !torch.vtensor<[2,16,32,32],f32>, !torch.vtensor<[1,16,1,1],f32>, !torch.int -> !torch.vtensor<[2,16,32,32],f32>
    %45 = torch.aten.relu %44 : !torch.vtensor<[2,16,32,32],f32> -> !torch.vtensor<[2,16,32,32],f32>
    %46 = torch.vtensor.literal(dense_resource<torch_tensor_16_16_3_3_torch.float32_1> : tensor<16x16x3x3xf32>) : !torch.vtensor<[16,16,3,3],f32>
    %none_48 = torch.constant.none
    %int1_49 = torch.constant.int 1
    %int1_50 = torch.constant.int 1
    %47 = torch.prim.ListConstruct %int1_49, %int1_50 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_51 = torch.constant.int 1
    %int1_52 = torch.constant.int 1
    %48 = torch.prim.ListConstruct %int1_51, %int1_52 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_53 = torch.constant.int 1
    %int1_54 = torch.constant.int 1
    %49 = torch.prim.ListConstruct %int1_53, %int1_54 : (!torch.int, !torch.int) -> !torch.list<int>
    %false_55 = torch.constant.bool false
    %int0_56 = torch.constant.int 0
    %int0_57 = torch.constant.int 0
    %50 = torch.prim.ListConstruct %int0_56, %int0_57 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_58 = torch.constant.int 1
    %51 = torch.aten.convolution %45, %46, %none_48, %47, %48, %49, %false_55, %50, %int1_58 : !torch.vtensor<[2,16,32,32],f32>, !torch.vtensor<[16,16,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[2,16,32,32],f32>
    %52 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_8> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %float1.000000e-05_59 = torch.constant.float 1.000000e-05
    %int1_60 = torch.constant.int 1
    %53 = torch.aten.add.Scalar %52, %float1.000000e-05_59, %int1_60 : !torch.vtensor<[16],f32>, !torch.float, !torch.int -> !torch.vtensor<[16],f32>
    %54 = torch.aten.rsqrt %53 : !torch.vtensor<[16],f32> -> !torch.vtensor<[16],f32>
    %55 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_9> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %56 = torch.aten.mul.Tensor %54, %55 : !torch.vtensor<[16],f32>, !torch.vtensor<[16],f32> -> !torch.vtensor<[16],f32>
    %57 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_10> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int1_61 = torch.constant.int 1
    %int-1_62 = torch.constant.int -1
    %int1_63 = torch.constant.int 1
    %int1_64 = torch.constant.int 1
    %58 = torch.prim.ListConstruct %int1_61, %int-1_62, %int1_63, %int1_64 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %59 = torch.aten.view %57, %58 : !torch.vtensor<[16],f32>, !torch.list<int> -> !torch.vtensor<[1,16,1,1],f32>
    %int1_65 = torch.constant.int 1
    %60 = torch.aten.sub.Tensor %51, %59, %int1_65 : !torch.vtensor<[2,16,32,32],f32>, !torch.vtensor<[1,16,1,1],f32>, !torch.int -> !torch.vtensor<[2,16,32,32],f32>
    %int1_66 = torch.constant.int 1
    %int-1_67 = torch.constant.int -1
    %int1_68 = torch.constant.int 1
    %int1_69 = torch.constant.int 1
    %61 = torch.prim.ListConstruct %int1_66, %int-1_67, %int1_68, %int1_69 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %62 = torch.aten.view %56, %61 : !torch.vtensor<[16],f32>, !torch.list<int> -> !torch.vtensor<[1,16,1,1],f32>
    %63 = torch.aten.mul.Tensor %60, %62 : !torch.vtensor<[2,16,32,32],f32>, !torch.vtensor<[1,16,1,1],f32> -> !torch.vtensor<[2,16,32,32],f32>
    %64 = torch.vtensor.literal(dense_resource<torch_tensor_16_torch.float32_11> : tensor<16xf32>) : !torch.vtensor<[16],f32>
    %int1_70 = torch.constant.int 1
    %int-1_71 = torch.constant.int -1
    %int1_72 = torch.constant.int 1
    %int1_73 = torch.constant.int 1
    %65 = torch.prim.ListConstruct %int1_70, %int-1_71, %int1_72, %int1_73 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %66 = torch.aten.view %64, %65 : !torch.vtensor<[16],f32>, !torch.list<int> -> !torch.vtensor<[1,16,1,1],f32>
    %int1_74 = torch.constant.int 1
    %67 = torch.aten.add.Tensor %63, %66, %int1_74 : !torch.vtensor<[2,16,32,32],f32>, !torch.vtensor<[1,16,1,1],f32>, !torch.int -> !torch.vtensor<[2,16,32,32],f32>
    %int1_75 = torch.constant.int 1
    %68 = torch.aten.add.Tensor %67, %22, %int1_75 : !torch.vtensor<[2,16,32,32],f32>, !torch.vtensor<[2,16,32,32],f32>, !torch.int -> !torch.vtensor<[2,16,32,32],f32>
    %69 = torch.aten.relu %68 : !torch.vtensor<[2,16,32,32],f32> -> !torch.vtensor<[2,16,32,32],f32>
    %_4.conv1.weight = util.global.load @"4.conv1.weight" : tensor<32x16x3x3xf32>
    %70 = torch_c.from_builtin_tensor %_4.conv1.weight : tensor<32x16x3x3xf32> -> !torch.vtensor<[32,16,3,3],f32>
    %none_76 = torch.constant.none
    %int2 = torch.constant.int 2
    %int2_77 = torch.constant.int 2
    %71 = torch.prim.ListConstruct %int2, %int2_77 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_78 = torch.constant.int 1
    %int1_79 = torch.constant.int 1
    %72 = torch.prim.ListConstruct %int1_78, %int1_79 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_80 = torch.constant.int 1
    %int1_81 = torch.constant.int 1
    %73 = torch.prim.ListConstruct %int1_80, %int1_81 : (!torch.int, !torch.int) -> !torch.list<int>
    %false_82 = torch.constant.bool false
    %int0_83 = torch.constant.int 0
    %int0_84 = torch.constant.int 0
    %74 = torch.prim.ListConstruct %int0_83, %int0_84 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_85 = torch.constant.int 1
    %75 = torch.aten.convolution %69, %70, %none_76, %71, %72, %73, %false_82, %74, %int1_85 : !torch.vtensor<[2,16,32,32],f32>, !torch.vtensor<[32,16,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[2,32,16,16],f32>
    %76 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %float1.000000e-05_86 = torch.constant.float 1.000000e-05
    %int1_87 = torch.constant.int 1
    %77 = torch.aten.add.Scalar %76, %float1.000000e-05_86, %int1_87 : !torch.vtensor<[32],f32>, !torch.float, !torch.int -> !torch.vtensor<[32],f32>
    %78 = torch.aten.rsqrt %77 : !torch.vtensor<[32],f32> -> !torch.vtensor<[32],f32>
    %79 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_1> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %80 = torch.aten.mul.Tensor %78, %79 : !torch.vtensor<[32],f32>, !torch.vtensor<[32],f32> -> !torch.vtensor<[32],f32>
    %81 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_2> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int1_88 = torch.constant.int 1
    %int-1_89 = torch.constant.int -1
    %int1_90 = torch.constant.int 1
    %int1_91 = torch.constant.int 1
    %82 = torch.prim.ListConstruct %int1_88, %int-1_89, %int1_90, %int1_91 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %83 = torch.aten.view %81, %82 : !torch.vtensor<[32],f32>, !torch.list<int> -> !torch.vtensor<[1,32,1,1],f32>
    %int1_92 = torch.constant.int 1
    %84 = torch.aten.sub.Tensor %75, %83, %int1_92 : !torch.vtensor<[2,32,16,16],f32>, !torch.vtensor<[1,32,1,1],f32>, !torch.int -> !torch.vtensor<[2,32,16,16],f32>
    %int1_93 = torch.constant.int 1
    %int-1_94 = torch.constant.int -1
    %int1_95 = torch.constant.int 1
    %int1_96 = torch.constant.int 1
    %85 = torch.prim.ListConstruct %int1_93, %int-1_94, %int1_95, %int1_96 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %86 = torch.aten.view %80, %85 : !torch.vtensor<[32],f32>, !torch.list<int> -> !torch.vtensor<[1,32,1,1],f32>
    %87 = torch.aten.mul.Tensor %84, %86 : !torch.vtensor<[2,32,16,16],f32>, !torch.vtensor<[1,32,1,1],f32> -> !torch.vtensor<[2,32,16,16],f32>
    %88 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_3> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int1_97 = torch.constant.int 1
    %int-1_98 = torch.constant.int -1
    %int1_99 = torch.constant.int 1
    %int1_100 = torch.constant.int 1
    %89 = torch.prim.ListConstruct %int1_97, %int-1_98, %int1_99, %int1_100 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %90 = torch.aten.view %88, %89 : !torch.vtensor<[32],f32>, !torch.list<int> -> !torch.vtensor<[1,32,1,1],f32>
    %int1_101 = torch.constant.int 1
    %91 = torch.aten.add.Tensor %87, %90, %int1_101 : !torch.vtensor<[2,32,16,16],f32>, !torch.vtensor<[1,32,1,1],f32>, !torch.int -> !torch.vtensor<[2,32,16,16],f32>
    %92 = torch.aten.relu %91 : !torch.vtensor<[2,32,16,16],f32> -> !torch.vtensor<[2,32,16,16],f32>
    %_4.conv2.weight = util.global.load @"4.conv2.weight" : tensor<32x32x3x3xf32>
    %93 = torch_c.from_builtin_tensor %_4.conv2.weight : tensor<32x32x3x3xf32> -> !torch.vtensor<[32,32,3,3],f32>
    %none_102 = torch.constant.none
    %int1_103 = torch.constant.int 1
    %int1_104 = torch.constant.int 1
    %94 = torch.prim.ListConstruct %int1_103, %int1_104 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_105 = torch.constant.int 1
    %int1_106 = torch.constant.int 1
    %95 = torch.prim.ListConstruct %int1_105, %int1_106 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_107 = torch.constant.int 1
    %int1_108 = torch.constant.int 1
    %96 = torch.prim.ListConstruct %int1_107, %int1_108 : (!torch.int, !torch.int) -> !torch.list<int>
    %false_109 = torch.constant.bool false
    %int0_110 = torch.constant.int 0
    %int0_111 = torch.constant.int 0
    %97 = torch.prim.ListConstruct %int0_110, %int0_111 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_112 = torch.constant.int 1
    %98 = torch.aten.convolution %92, %93, %none_102, %94, %95, %96, %false_109, %97, %int1_112 : !torch.vtensor<[2,32,16,16],f32>, !torch.vtensor<[32,32,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[2,32,16,16],f32>
    %99 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_4> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %float1.000000e-05_113 = torch.constant.float 1.000000e-05
    %int1_114 = torch.constant.int 1
    %100 = torch.aten.add.Scalar %99, %float1.000000e-05_113, %int1_114 : !torch.vtensor<[32],f32>, !torch.float, !torch.int -> !torch.vtensor<[32],f32>
    %101 = torch.aten.rsqrt %100 : !torch.vtensor<[32],f32> -> !torch.vtensor<[32],f32>
    %102 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_5> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %103 = torch.aten.mul.Tensor %101, %102 : !torch.vtensor<[32],f32>, !torch.vtensor<[32],f32> -> !torch.vtensor<[32],f32>
    %104 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_6> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int1_115 = torch.constant.int 1
    %int-1_116 = torch.constant.int -1
    %int1_117 = torch.constant.int 1
    %int1_118 = torch.constant.int 1
    %105 = torch.prim.ListConstruct %int1_115, %int-1_116, %int1_117, %int1_118 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %106 = torch.aten.view %104, %105 : !torch.vtensor<[32],f32>, !torch.list<int> -> !torch.vtensor<[1,32,1,1],f32>
    %int1_119 = torch.constant.int 1
    %107 = torch.aten.sub.Tensor %98, %106, %int1_119 : !torch.vtensor<[2,32,16,16],f32>, !torch.vtensor<[1,32,1,1],f32>, !torch.int -> !torch.vtensor<[2,32,16,16],f32>
    %int1_120 = torch.constant.int 1
    %int-1_121 = torch.constant.int -1
    %int1_122 = torch.constant.int 1
    %int1_123 = torch.constant.int 1
    %108 = torch.prim.ListConstruct %int1_120, %int-1_121, %int1_122, %int1_123 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %109 = torch.aten.view %103, %108 : !torch.vtensor<[32],f32>, !torch.list<int> -> !torch.vtensor<[1,32,1,1],f32>
    %110 = torch.aten.mul.Tensor %107, %109 : !torch.vtensor<[2,32,16,16],f32>, !torch.vtensor<[1,32,1,1],f32> -> !torch.vtensor<[2,32,16,16],f32>
    %111 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_7> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int1_124 = torch.constant.int 1
    %int-1_125 = torch.constant.int -1
    %int1_126 = torch.constant.int 1
    %int1_127 = torch.constant.int 1
    %112 = torch.prim.ListConstruct %int1_124, %int-1_125, %int1_126, %int1_127 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %113 = torch.aten.view %111, %112 : !torch.vtensor<[32],f32>, !torch.list<int> -> !torch.vtensor<[1,32,1,1],f32>
    %int1_128 = torch.constant.int 1
    %114 = torch.aten.add.Tensor %110, %113, %int1_128 : !torch.vtensor<[2,32,16,16],f32>, !torch.vtensor<[1,32,1,1],f32>, !torch.int -> !torch.vtensor<[2,32,16,16],f32>
    %115 = torch.vtensor.literal(dense_resource<torch_tensor_32_16_1_1_torch.float32> : tensor<32x16x1x1xf32>) : !torch.vtensor<[32,16,1,1],f32>
    %none_129 = torch.constant.none
    %int2_130 = torch.constant.int 2
    %int2_131 = torch.constant.int 2
    %116 = torch.prim.ListConstruct %int2_130, %int2_131 : (!torch.int, !torch.int) -> !torch.list<int>
    %int0_132 = torch.constant.int 0
    %int0_133 = torch.constant.int 0
    %117 = torch.prim.ListConstruct %int0_132, %int0_133 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_134 = torch.constant.int 1
    %int1_135 = torch.constant.int 1
    %118 = torch.prim.ListConstruct %int1_134, %int1_135 : (!torch.int, !torch.int) -> !torch.list<int>
    %false_136 = torch.constant.bool false
    %int0_137 = torch.constant.int 0
    %int0_138 = torch.constant.int 0
    %119 = torch.prim.ListConstruct %int0_137, %int0_138 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_139 = torch.constant.int 1
    %120 = torch.aten.convolution %69, %115, %none_129, %116, %117, %118, %false_136, %119, %int1_139 : !torch.vtensor<[2,16,32,32],f32>, !torch.vtensor<[32,16,1,1],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[2,32,16,16],f32>
    %121 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_8> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %float1.000000e-05_140 = torch.constant.float 1.000000e-05
    %int1_141 = torch.constant.int 1
    %122 = torch.aten.add.Scalar %121, %float1.000000e-05_140, %int1_141 : !torch.vtensor<[32],f32>, !torch.float, !torch.int -> !torch.vtensor<[32],f32>
    %123 = torch.aten.rsqrt %122 : !torch.vtensor<[32],f32> -> !torch.vtensor<[32],f32>
    %124 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_9> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %125 = torch.aten.mul.Tensor %123, %124 : !torch.vtensor<[32],f32>, !torch.vtensor<[32],f32> -> !torch.vtensor<[32],f32>
    %126 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_10> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int1_142 = torch.constant.int 1
    %int-1_143 = torch.constant.int -1
    %int1_144 = torch.constant.int 1
    %int1_145 = torch.constant.int 1
    %127 = torch.prim.ListConstruct %int1_142, %int-1_143, %int1_144, %int1_145 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %128 = torch.aten.view %126, %127 : !torch.vtensor<[32],f32>, !torch.list<int> -> !torch.vtensor<[1,32,1,1],f32>
    %int1_146 = torch.constant.int 1
    %129 = torch.aten.sub.Tensor %120, %128, %int1_146 : !torch.vtensor<[2,32,16,16],f32>, !torch.vtensor<[1,32,1,1],f32>, !torch.int -> !torch.vtensor<[2,32,16,16],f32>
    %int1_147 = torch.constant.int 1
    %int-1_148 = torch.constant.int -1
    %int1_149 = torch.constant.int 1
    %int1_150 = torch.constant.int 1
    %130 = torch.prim.ListConstruct %int1_147, %int-1_148, %int1_149, %int1_150 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %131 = torch.aten.view %125, %130 : !torch.vtensor<[32],f32>, !torch.list<int> -> !torch.vtensor<[1,32,1,1],f32>
    %132 = torch.aten.mul.Tensor %129, %131 : !torch.vtensor<[2,32,16,16],f32>, !torch.vtensor<[1,32,1,1],f32> -> !torch.vtensor<[2,32,16,16],f32>
    %133 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_11> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int1_151 = torch.constant.int 1
    %int-1_152 = torch.constant.int -1
    %int1_153 = torch.constant.int 1
    %int1_154 = torch.constant.int 1
    %134 = torch.prim.ListConstruct %int1_151, %int-1_152, %int1_153, %int1_154 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %135 = torch.aten.view %133, %134 : !torch.vtensor<[32],f32>, !torch.list<int> -> !torch.vtensor<[1,32,1,1],f32>
    %int1_155 = torch.constant.int 1
    %136 = torch.aten.add.Tensor %132, %135, %int1_155 : !torch.vtensor<[2,32,16,16],f32>, !torch.vtensor<[1,32,1,1],f32>, !torch.int -> !torch.vtensor<[2,32,16,16],f32>
    %int1_156 = torch.constant.int 1
    %137 = torch.aten.add.Tensor %114, %136, %int1_156 : !torch.vtensor<[2,32,16,16],f32>, !torch.vtensor<[2,32,16,16],f32>, !torch.int -> !torch.vtensor<[2,32,16,16],f32>
    %138 = torch.aten.relu %137 : !torch.vtensor<[2,32,16,16],f32> -> !torch.vtensor<[2,32,16,16],f32>
    %_5.conv1.weight = util.global.load @"5.conv1.weight" : tensor<32x32x3x3xf32>
    %139 = torch_c.from_builtin_tensor %_5.conv1.weight : tensor<32x32x3x3xf32> -> !torch.vtensor<[32,32,3,3],f32>
    %none_157 = torch.constant.none
    %int1_158 = torch.constant.int 1
    %int1_159 = torch.constant.int 1
    %140 = torch.prim.ListConstruct %int1_158, %int1_159 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_160 = torch.constant.int 1
    %int1_161 = torch.constant.int 1
    %141 = torch.prim.ListConstruct %int1_160, %int1_161 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_162 = torch.constant.int 1
    %int1_163 = torch.constant.int 1
    %142 = torch.prim.ListConstruct %int1_162, %int1_163 : (!torch.int, !torch.int) -> !torch.list<int>
    %false_164 = torch.constant.bool false
    %int0_165 = torch.constant.int 0
    %int0_166 = torch.constant.int 0
    %143 = torch.prim.ListConstruct %int0_165, %int0_166 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_167 = torch.constant.int 1
    %144 = torch.aten.convolution %138, %139, %none_157, %140, %141, %142, %false_164, %143, %int1_167 : !torch.vtensor<[2,32,16,16],f32>, !torch.vtensor<[32,32,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[2,32,16,16],f32>
    %145 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_12> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %float1.000000e-05_168 = torch.constant.float 1.000000e-05
    %int1_169 = torch.constant.int 1
    %146 = torch.aten.add.Scalar %145, %float1.000000e-05_168, %int1_169 : !torch.vtensor<[32],f32>, !torch.float, !torch.int -> !torch.vtensor<[32],f32>
    %147 = torch.aten.rsqrt %146 : !torch.vtensor<[32],f32> -> !torch.vtensor<[32],f32>
    %148 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_13> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %149 = torch.aten.mul.Tensor %147, %148 : !torch.vtensor<[32],f32>, !torch.vtensor<[32],f32> -> !torch.vtensor<[32],f32>
    %150 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_14> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int1_170 = torch.constant.int 1
    %int-1_171 = torch.constant.int -1
    %int1_172 = torch.constant.int 1
    %int1_173 = torch.constant.int 1
    %151 = torch.prim.ListConstruct %int1_170, %int-1_171, %int1_172, %int1_173 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %152 = torch.aten.view %150, %151 : !torch.vtensor<[32],f32>, !torch.list<int> -> !torch.vtensor<[1,32,1,1],f32>
    %int1_174 = torch.constant.int 1
    %153 = torch.aten.sub.Tensor %144, %152, %int1_174 : !torch.vtensor<[2,32,16,16],f32>, !torch.vtensor<[1,32,1,1],f32>, !torch.int -> !torch.vtensor<[2,32,16,16],f32>
    %int1_175 = torch.constant.int 1
    %int-1_176 = torch.constant.int -1
    %int1_177 = torch.constant.int 1
    %int1_178 = torch.constant.int 1
    %154 = torch.prim.ListConstruct %int1_175, %int-1_176, %int1_177, %int1_178 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %155 = torch.aten.view %149, %154 : !torch.vtensor<[32],f32>, !torch.list<int> -> !torch.vtensor<[1,32,1,1],f32>
    %156 = torch.aten.mul.Tensor %153, %155 : !torch.vtensor<[2,32,16,16],f32>, !torch.vtensor<[1,32,1,1],f32> -> !torch.vtensor<[2,32,16,16],f32>
    %157 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_15> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int1_179 = torch.constant.int 1
    %int-1_180 = torch.constant.int -1
    %int1_181 = torch.constant.int 1
    %int1_182 = torch.constant.int 1
    %158 = torch.prim.ListConstruct %int1_179, %int-1_180, %int1_181, %int1_182 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %159 = torch.aten.view %157, %158 : !torch.vtensor<[32],f32>, !torch.list<int> -> !torch.vtensor<[1,32,1,1],f32>
    %int1_183 = torch.constant.int 1
    %160 = torch.aten.add.Tensor %156, %159, %int1_183 : !torch.vtensor<[2,32,16,16],f32>, !torch.vtensor<[1,32,1,1],f32>, !torch.int -> !torch.vtensor<[2,32,16,16],f32>
    %161 = torch.aten.relu %160 : !torch.vtensor<[2,32,16,16],f32> -> !torch.vtensor<[2,32,16,16],f32>
    %_5.conv2.weight = util.global.load @"5.conv2.weight" : tensor<32x32x3x3xf32>
    %162 = torch_c.from_builtin_tensor %_5.conv2.weight : tensor<32x32x3x3xf32> -> !torch.vtensor<[32,32,3,3],f32>
    %none_184 = torch.constant.none
    %int1_185 = torch.constant.int 1
    %int1_186 = torch.constant.int 1
    %163 = torch.prim.ListConstruct %int1_185, %int1_186 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_187 = torch.constant.int 1
    %int1_188 = torch.constant.int 1
    %164 = torch.prim.ListConstruct %int1_187, %int1_188 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_189 = torch.constant.int 1
    %int1_190 = torch.constant.int 1
    %165 = torch.prim.ListConstruct %int1_189, %int1_190 : (!torch.int, !torch.int) -> !torch.list<int>
    %false_191 = torch.constant.bool false
    %int0_192 = torch.constant.int 0
    %int0_193 = torch.constant.int 0
    %166 = torch.prim.ListConstruct %int0_192, %int0_193 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_194 = torch.constant.int 1
    %167 = torch.aten.convolution %161, %162, %none_184, %163, %164, %165, %false_191, %166, %int1_194 : !torch.vtensor<[2,32,16,16],f32>, !torch.vtensor<[32,32,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[2,32,16,16],f32>
    %168 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_16> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %float1.000000e-05_195 = torch.constant.float 1.000000e-05
    %int1_196 = torch.constant.int 1
    %169 = torch.aten.add.Scalar %168, %float1.000000e-05_195, %int1_196 : !torch.vtensor<[32],f32>, !torch.float, !torch.int -> !torch.vtensor<[32],f32>
    %170 = torch.aten.rsqrt %169 : !torch.vtensor<[32],f32> -> !torch.vtensor<[32],f32>
    %171 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_17> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %172 = torch.aten.mul.Tensor %170, %171 : !torch.vtensor<[32],f32>, !torch.vtensor<[32],f32> -> !torch.vtensor<[32],f32>
    %173 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_18> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int1_197 = torch.constant.int 1
    %int-1_198 = torch.constant.int -1
    %int1_199 = torch.constant.int 1
    %int1_200 = torch.constant.int 1
    %174 = torch.prim.ListConstruct %int1_197, %int-1_198, %int1_199, %int1_200 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %175 = torch.aten.view %173, %174 : !torch.vtensor<[32],f32>, !torch.list<int> -> !torch.vtensor<[1,32,1,1],f32>
    %int1_201 = torch.constant.int 1
    %176 = torch.aten.sub.Tensor %167, %175, %int1_201 : !torch.vtensor<[2,32,16,16],f32>, !torch.vtensor<[1,32,1,1],f32>, !torch.int -> !torch.vtensor<[2,32,16,16],f32>
    %int1_202 = torch.constant.int 1
    %int-1_203 = torch.constant.int -1
    %int1_204 = torch.constant.int 1
    %int1_205 = torch.constant.int 1
    %177 = torch.prim.ListConstruct %int1_202, %int-1_203, %int1_204, %int1_205 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %178 = torch.aten.view %172, %177 : !torch.vtensor<[32],f32>, !torch.list<int> -> !torch.vtensor<[1,32,1,1],f32>
    %179 = torch.aten.mul.Tensor %176, %178 : !torch.vtensor<[2,32,16,16],f32>, !torch.vtensor<[1,32,1,1],f32> -> !torch.vtensor<[2,32,16,16],f32>
    %180 = torch.vtensor.literal(dense_resource<torch_tensor_32_torch.float32_19> : tensor<32xf32>) : !torch.vtensor<[32],f32>
    %int1_206 = torch.constant.int 1
    %int-1_207 = torch.constant.int -1
    %int1_208 = torch.constant.int 1
    %int1_209 = torch.constant.int 1
    %181 = torch.prim.ListConstruct %int1_206, %int-1_207, %int1_208, %int1_209 : (!torch.int, !torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %182 = torch.aten.view %180, %181 : !torch.vtensor<[32],f32>, !torch.list<int> -> !torch.vtensor<[1,32,1,1],f32>
    %int1_210 = torch.constant.int 1
    %183 = torch.aten.add.Tensor %179, %182, %int1_210 : !torch.vtensor<[2,32,16,16],f32>, !torch.vtensor<[1,32,1,1],f32>, !torch.int -> !torch.vtensor<[2,32,16,16],f32>
    %int1_211 = torch.constant.int 1
    %184 = torch.aten.add.Tensor %183, %138, %int1_211 : !torch.vtensor<[2,32,16,16],f32>, !torch.vtensor<[2,32,16,16],f32>, !torch.int -> !torch.vtensor<[2,32,16,16],f32>
    %185 = torch.aten.relu %184 : !torch.vtensor<[2,32,16,16],f32> -> !torch.vtensor<[2,32,16,16],f32>
    %int-1_212 = torch.constant.int -1
    %int-2 = torch.constant.int -2
    %186 = torch.prim.ListConstruct %int-1_212, %int-2 : (!torch.int, !torch.int) -> !torch.list<int>
    %true = torch.constant.bool true
    %none_213 = torch.constant.none
    %187 = torch.aten.mean.dim %185, %186, %true, %none_213 : !torch.vtensor<[2,32,16,16],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[2,32,1,1],f32>
    %int2_214 = torch.constant.int 2
    %int32 = torch.constant.int 32
    %188 = torch.prim.ListConstruct %int2_214, %int32 : (!torch.int, !torch.int) -> !torch.list<int>
    %189 = torch.aten.view %187, %188 : !torch.vtensor<[2,32,1,1],f32>, !torch.list<int> -> !torch.vtensor<[2,32],f32>
    %190 = torch.vtensor.literal(dense_resource<torch_tensor_10_32_torch.float32> : tensor<10x32xf32>) : !torch.vtensor<[10,32],f32>
    %int1_215 = torch.constant.int 1
    %int0_216 = torch.constant.int 0
    %191 = torch.prim.ListConstruct %int1_215, %int0_216 : (!torch.int, !torch.int) -> !torch.list<int>
    %192 = torch.aten.permute %190, %191 : !torch.vtensor<[10,32],f32>, !torch.list<int> -> !torch.vtensor<[32,10],f32>
    %193 = torch.vtensor.literal(dense_resource<torch_tensor_10_torch.float32> : tensor<10xf32>) : !torch.vtensor<[10],f32>
    %int1_217 = torch.constant.int 1
    %int1_218 = torch.constant.int 1
    %194 = torch.aten.addmm %193, %189, %192, %int1_217, %int1_218 : !torch.vtensor<[10],f32>, !torch.vtensor<[2,32],f32>, !torch.vtensor<[32,10],f32>, !torch.int, !torch.int -> !torch.vtensor<[2,10],f32>
    return %194 : !torch.vtensor<[2,10],f32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_16_3_3_3_torch.float32: "0x040000007B0277B845A2E1BD8B610F3EC8B98E3D026FFCBC36A6D7BDEBD9153DFDA2D93D1234B8BDCD08243EF157A33C04813D3E05879EBDF8CE113D7DF4F23D1D2FA83D48F0A2BDA64BA13D8DABD93DAF58C33CF068093E0AC71DBBED793DBEB5851ABD4C49763D216FD33D13E8653D7122233B42151CBE1F742FBD70966A3C1CECAD3DEAED23BECD1E2B3E9DAB24BC5EFD083EF7F052BD801437BE78F340BD4E45A6BD485C983D500704BD4BDB1A3E7A24CBBD76CF31BE97B22B3D4D763FBED6D02C3D1665E33DF7D0003ED3EB41BDEADCE73DC2E30D3EA20214BD379D303D7CF7F43D0C934A3C834A023EF6FCC6BB5053D9BD0ED02FBE36520D3E6B224EBD7F9122BE62FC2DBDED6937BE7048503D94B4053EBACE4DBD0269453C36C5E1BD33C2F2BD64A44ABD91F244BE6115C7BD578A81BD39E2563DAE43583DD3BCC73DCF2A083EB3212C3EF9D414BE34E5E4BBC2FC2B3D88E4DDBB1ED43A3E8A313B3E5D59F4BD270B24BEF68E603D5E38F03C1CBF54BD6F60EE3DA068B33DFFBD9F3D266B44BE2598283E7BEC2A3E0045C7BD62BCBB3D8C9D28BD3A0E25BE9C064B3D93F0D1BD30470C3EFB813E3D960CC53C0DCF0DBE44A7073ED05F353EA04D2A3EE4AF013E1E06873DBC6B9FBBD36756BD8F01313E81F6F8BD197C933D6FB9293E7C94023C83C8CCBD62096CBD135AFFBD7B0040BE27C42BBE636E833DD494F03D7E1109BE8870B0BD2A00003DB42621BEA86B7B3D2AF941BE0111183E42071B3EA23F8CBC6401203D491D3D3E96795B3DBDF112BDBAA10F3E8770D0BD7234EEBDAEC1D7BD0588A93D4FE71F3EF5662C3EC13943BE688083BD9BD605BE1EF4E2BD22D837BEE2A016BEAA3E923B0CEC40BE91879BBCA28691BC074810BE9522E33DD66CACBC5D65033D4D292ABE2471163E6B0D893D9F11273EB6C02C3EA21A93BD7BCDAABC517806BBE457E33D9A45A93B636F06BE86F5F03D4EA2B63DB9712D3D97680E3E901AB3BDF7F57CBDA14FAC3C026024BEF45D173E43C73FBE39FD0C3EC72DEABDB2B753BDCEE45BBB4B0AB4BD37C2DB3C391C8C3CD45F423E42E2FD3D71A078BCA575943DC8402F3E950D673DDDE53A3E3ABD0FBEA33CEEBD86BE05BE528B333E6F51CC3CE06226BE1FE7EA3DA440653D1A38333BA16D93BD8C5CC13D4BD3C03D4CEACABD060941BDC0A5DE3D5FCEE7BD184537BDB01DEC3D183815BD0BC91FBE1A892EBE935435BED679AC3DC935083E824E1EBE50C9CB3D39D22FBE809EA7BD8391CB3C25F9E23D576897BDC770A33DB91655BD46DBB1BD50A8933D062663BDCB736ABB1D8B13BEF816A03C39EF223D5106EE3D0FA4923D9B84223DA65A9E3B2008D23DFA20973D08AB5C3B12B2503B8CAF3BBE1657C13C9F9341BEF56026BD11A6DBBB3BAC0BBE58EA06BE8D46AE3D77B554BDB44F62BD16C9253E06F0D53DC93B163E080451BD342EF93D250741BE1B5824BE4DAE8DBBE181053EE935533D9E10263EDF9211BE5F20153E3B228B3D0F251D3EC4253E3E178B56BDA2F3BCBDEC1E663D316B92BD82C6343E4D06C83D1C32043E484618BEEC541A3D54551D3DB2279C3D12B1163EC1D1DBBC91B0933DB4C0383DA4DB493D9D6700BEF20463BC9DF5DFBD11F6393E3A9C243E4387523CDC3D353EFA68D93DAFE9E13D3DCCECBBBBF5CB3C046C013E5FBC06BD238385396FC51CBE0A90033D1B6C9BBD18470FBE9A13CD3DF9CC5C3DD42FEEBDDADC333EE59A0FBEB84ACF3DD5820A3DA4FB4ABDBF320E3E7DA5873D61DDB8BDAC2EE73D0555F0BD522B2FBEF23F9EBD1FE8DE3DA05E423E8B2BD1BD9C59DABC3338ACBC7F1CE1BDDD3D203E1151123E4E8D443D54423F3E588356BD6A8913BE9BF22C3E790E1ABE23AD3D3E70ED33BD587412BE71EF15BECC43D03B0DF5223EB4822DBEB70C173E8F6DE03DC5B7143E116505BE61D2A2BCE4A332BDA864453D87C1073D17FA21BD6F74A8BD8418A13DEFF472BD2F7EEFBD58D8BE3D42C4E2BD3D73AD3B096AAB3D300BEE3D5C6FE33DBDFE22BEED7F32BC3EECD83B1609C0BDE07B14BCC4B9013E4FC20FBE66CBEC3D0E5B8FBD4420493D5AF2B4BCB8E42ABD82D0313DDEA62A3D8938573DFB198B3DD8271E3DEA86A03D8691FBBDB59D073C8E0721BECD5B333D831BB3BD822F08BEDEB1053EDB73BFBD6CC43BBE989BDDBD58C6C1BD4A3099BDBDA62CBD0995393E604945BDB4A513BD5CDD403D5B7E183EE9E30FBCB8442C3E98D29EBD977B203E17DA3BBE69950A3ED9BE43BEE2B31CBDD4E4413E6E6B15BE0E940DBE11CBD43DC11A3A3EF2E3CA3D9630593DF7395CBC4C0D27BC60A8D03DB571EB3D766A053EC284F53DA85477BC53E0D33C4914E2BD039116BEA47B233E505623BEE14F0D3ED8B591BD7791923DFA767DBD3D2A303E75ECCB3D819A3BBECC96D8BB7956C3BCE35A10BE",
      torch_tensor_16_torch.float32: "0x0400000095C1003F900E4C3F1538513F6575973F21C2303FC5C3833F2D4B9A3F42A5183FFE3A923FF223973F3044853F4AE7B63F86A4133F9601A43FCC898F3FA0E3B03F",
      torch_tensor_16_torch.float32_1: "0x04000000859E663FFBFB0A3FA477193F1092AA3FD307643F4AAB383F28B5803F517D363FD504A33FDAF68F3FBE3E9B3F43F3743F0C4B343F15ACAD3FCE448E3FC9929B3F",
      torch_tensor_16_torch.float32_2: "0x04000000366A873EC892843DBCA64D3E1428EABE205C9BBDBEC594BE3C55E9BE60645F3E4095293EF08D64BEAC56CEBE880E7D3E085EDBBE80E82B3CDCD0093E06D8C73E",
      torch_tensor_16_torch.float32_3: "0x04000000DA0F18BDF54B1D3ED01A99BDE333C63D2DCB8F3D40CFE43D983F003E3A8173BD4D4BB93D379D233E306C04BE7A0C993D1A853EBD3A1200BD9A7B353B2DD1573D",
      torch_tensor_16_16_3_3_torch.float32: "0x04000000DBD5993DAB2B23BCBBA9593D2B22493B26085F3DAB099A3D2074F6BCB698413D0E093C3DB6EF6ABC937E07BD96D7DFBC1642C5BB7C14873D841D89BD1835A43DAE2E5E3DA74CA83D1824923DBE2C8F3D16548B3CFC54A93D70B2F93C16409C3D6B01753D763C53BC2641E5BC3BA27DBDD64F2C3B96D21EBC98A8793DE0E91FBC863C3A3DF044A83C6BC1343D32678F3D1627C0BC173FA93D5E9A75BDC0FD9ABD0B39E9BC5025933DBA059EBDA8972EBD5BC71B3D4B97E43CCFE0883D40568ABD98C405BD002A3ABB06F4B7BCEB196BBC1E9524BDF6AB3BBDB02F4C3DE033643D0B84383D3674183D9BDFA43CABBD613BE6A49EBCBECE3D3D960AD8BCAB17FA3AE8F680BDA6D7993D6E2957BD3B02223DE6538A3DD3266C3DC0AD1A3C16D4713D172D933DAB1A11BBEBCA8A3D4E2053BD362836BC0060C0BB66E5203D0B9904BC2B823A3CD0F48DBDF6E55B3C3033783DBB228FBDF75180BDFB1F733D5842113DAA97953D16479F3B4E3F2B3D2071463D60353E3DAEC829BD666092BD2696603D17A794BD5663DB3ABC989D3DD0A18ABD283D5A3D83CA453D9BD885BDB04D8BBD409B68BC4B404DBD431C02BD90645EBD527A80BDABAE173CC0477D3C8BBC183D30B7763D56F666BB973AA9BD9BBDC8BC6B13FD3CBE1991BDC827A9BD9F06A93DD65BF5BCAE451FBD7AE0973D42B9A8BD30F5583DB31F66BDBB99693DAB9A84B836B1B7BCB6A5F83C6B5FBF3C9BD8A63D00B51FBD0040A13700DC4E3C0BB51CBC7E53913D6A37963D16AD183CDECB5D3DA884A7BDFBED923D338758BD20E3F2BCAE9655BD7B3E9CBDAB303ABCD35D80BDA448843D564C8EBB2BDCF43C2354A23D43C1503D53104CBD7B4EDA3C480059BD32F38E3DC02C3B3C16058C3B205218BCF6F6573D4ABF813D9B0A383DD636713D68D98D3D7691F93CFBCBABBC266D98BCD05A983C166C733CAB4B903D9B0D1EBDAB8788BD6BEA9D3CAF9B8FBDC61881BD40F6A13CE0BB36BD5380283DE70086BDB87EA63D96FE383CFE0552BDC82F0B3D006160BC00610F3B4414A7BD027F873DC6A573BDCB0208BDD475A4BD30C243BD63AB78BDA63B8ABDD66012BC209D4DBD562BDC3A5681C83A96BB8D3B6A9AA03D389F63BD164726BD56ED08B946F5783D441B943D3000D03C7E57463D609FAABCAB10B1BC5622853B86EE85BD44B699BD961FA0BCB8E58B3DB6F31C3C5395723D5884A93DC3CF93BD663EF1BCC0E851BCBB4E2E3D36DDDBBCC6B182BC6BCAE9BB3B7B963CC642463D3FEC83BD4E560FBDD699963B277E993DCF47A0BDD6BC72BBC666F53CBE20603D867F003DEE9D4F3DAE4F153D3648143DCE7D783DD6990ABD60E018BCF82A273D6B99DCBC9BFA95BCA74D863DEB096BBDAB23303BC6CE993D2B9E96BD4609853CDA8C8F3DC3648BBDB6D232BC3399763DAB70923AC37C753D2B01E53C98A76CBDEAF395BDB093A7BC8C1996BDB33042BD00A1C43B3E9C1CBDE01BE13CAB41E53CE3F5723D0B5F0B3D539466BDAB00D53CD6A7783DEB473FBCAE9024BD96E592BD967B0A3CC06CE7BB98AAA4BD4B3F1CBC40D4213DB616E2BC30F6D6BC603A18BCD618B5BC1B10E7BCEBF3E8BB83387DBDC27E8B3DD6465BBD088762BDC014D5BB7BA865BDEB5D9ABC1017113D87959C3DEF309A3D17C9A93DA01E97BDAB478D3DC85494BD6BF617BCFBED31BD760D823DEB9CF13CE3BC6A3DDB42F53C9668323D86FE6DBDB62716BC9ED6613D982B38BD73EB5D3D702B14BDD03C793D864104BDABD203BBBE8618BD0BB262BD0B252A3C16C684BB686D31BD56A0E7BCEB271C3D40505ABD7E902B3DB3180FBD6B08B63C96C29E3C20C860BC56DD3E3B4495A6BD50F4B0BCBB140B3DE01FEDBC8BAF52BC18A39ABDF0CB913CDBFB043D3B93A3BCA067BCBC0B5D9EBDEBBA183C76FB453DC63BC8BCBE257E3D5B12313DD6AA14BB0052A1BBDEC324BDB02218BDA62F593D901D2ABD5F5A853DD33E763D601C453C2B006F3B006F463BDBBA50BDF3A162BD663F8ABDEB8A02BC5218A6BDEA7C8C3D8B7E6D3C1808173D5E35513D08D72CBD566D29BCEB6938BD72E6A6BDA06B8D3D28B003BDEB58A2BB769F313C3B1B3C3D64A0A0BD93556DBDD64013BBB0C95FBDD61D163BBB56093DE072523C23079E3D0B265C3D50A196BC482F7B3D2B84753B46A9433DCBBE9A3D6E3D9A3D2BF2E63B2C7FA2BDA60F163D72D88DBDC677ADBC80ED403CCBB516BC7061A63C2B31473B667961BD6BE8A4BDA6E7833C831E2BBD56CF92BDF63345BD8B179CBD78BC54BDE8934D3D48D913BDD0A098BC380576BD86B41ABDFED717BDFFE99FBD4089F6BBD3FF83BD563687BD446798BD93E0A6BD38363D3D0739963D03E8223DAE8D053DE0B216BD668E86BCE87B253DE6707B3D96290D3CC6933ABD66240D3DB6BF4D3CC0F9FB3BD0BFA43D0004A0BC96AD243C832260BDAE870DBDA61F36BDC06B81BB4B9549BD9EA41B3D30C2A43CCEE89B3DBA8E983D60C6E93CEB93003C36B04B3CF088213DABDAB7394A64A4BD608B3B3D5457A33DB4CBA93DABCFE0BB2BC37B3B7345A2BD6FB981BDB665A13D567BEABC207DEABCDB2D9A3C70DECF3C63376ABD504E48BD80DD8FBBA8DA373D33465A3D005A8BBD28B24EBD8EB61BBDE0092CBD56559FB6A88482BD66388FBDFE7F753DB3291DBDBF65983D4B019D3D568613BCBB17B5BCE0323E3DC66D7B3DF35B133D6AB5873DF32699BDD040C83C54B6803D628682BDA3FC293DEBCDB7BC3344A0BD162E1B3D169598BD58E4503D00C7F7BA7600673D46EEA5BDDFE58FBDA684593DEBAB7C3D902DAABC571D943DD66C3A3DCB2992BD9B0918BD0082903A76ADF8BCF0CA50BDB03193BDAED2263D501B8FBD3E7B9ABD8097F6BCD007D2BCC82C533D4077713C86C0283D5666D73C1B108DBD8ECB4EBD36B727BCFB17EC3C9F778E3DC0D519BDA0B7283DF80B623D161290BC431E263D5CD7A03DF61AB93CB20597BD369FF03C9E5708BD6E7D45BDC37F3ABDF6B4453C6B0D8EBB6E5C103D882813BDE0E9A33C229F93BD0BC8F2BCAE1C80BDE00510BD5EF204BDC6B5253D0C448BBDEEA09FBDDA62A6BD26DDA0BD1E5C4B3D16BC3CBC207C383D5E2B40BDD0549CBD687384BD7EC7583D161A84BB566C643B10FC973DB6634ABC82BD8A3DC6DEA4BD46E76DBDD37D003D7601103DFCDD93BDDEFB81BDC042113C985FA73D7602253D320F973D000C94BB6B247CBCFE2B523D56382BBCA687183D0676523DA0358EBD6BF2283C48F6473DC3AF90BD985F0FBD330E41BD864688BDE64E78BD5B9EE0BC408FBABC5FD4833DF6C5513CAB5DE1BC1F8B883D404CCDBCEBCFD13B886F55BDFBAA283D00399F3D40D45DBCB6FFA23CC6A612BD06533CBD2BC183BD6BF2F7BCAE05A4BD96F12C3DCB4F4DBC5C94853D2FB395BDE2B98F3D2B2A023CE0D9413DCB3C2F3CD6FA03BB00B8B5BB46ACC6BC4096F93B7A4C8C3DFB38333D4B81283CC0F4CABB133B1ABDDB54A53D801842BB6B49F8BC1869963D66F134BDAB5ABE3A268F943DCE583EBDE3C69B3DB051D6BC086031BDB3A8513D37AC85BDFE1D9DBDEE3426BD735C6FBD5EAC453DB86871BD766482BD8313913DB30B27BD93D019BDBBD7873DC007B73B839F92BD6E52863D9C2C91BDDEE19FBDC68EA5BCDB7FFBBC739F86BDA21BA6BD20C2B43C96E59A3C0A4D823DEEEA44BDB81B67BD80F6443DB69A3ABCF4B28DBD9682723CC0B1633C10B5A8BD807811BC53433F3D46E39EBCCE071FBD005FE4BB56565D3CFB0D8F3DBA86833D26854FBD603728BDF8745BBD76C1183C80A0033B60EAFA3C7C0196BDAED53EBDCE1C173D236DA9BDC052713C4BD0433C3E80A43D0BA30EBD2639BFBCDBBC61BDD36735BDBBC9DEBCF6C9893C589B9EBD2BC3D73B640C85BDEB7CADBB5359A7BDF74CA73D804F29BB2B4188BCA0934ABCB823113DCB84A03DBEB899BDF042E13C3E1B49BD46A77D3D2B59F9BBC6C0F03C032806BDE6C09EBDABE6D63B4B6CF1BCA61541BD40BFBF3CAC9BA33DE8598ABDE8726DBD73D127BD927B94BDEB54F73C4BC565BD1B99443DE606E93C90A4803DCB830E3C26CEA13DBB0C093DD6AB80BC73DE823D2B269A3D00A40F3A06559DBC60F5613C4B42F6BC0016583BDA89A4BD2092C1BC4E2B173D33D40EBDCBC07BBCB880593DF6056D3C6211A23D26C581BCC8A679BDF781A33DA044E83C96A76FBD806F3FBDAB8DC63B96B556BC563D2B3CEF538D3D70512BBD6239863D0EB6493DC699F93C16BA1A3D8071D6BBF6B87D3C434A8E3DA89B76BD7B46C2BCB6AEE9BCAB800CBC3AA9A43D361B0EBD9ED428BD3B16963D4B446F3D78C090BD364828BD44F0A7BD10DF17BD5B5667BDD68CBBBC86D539BDC8100DBDA6B26CBD23218FBD6B943EBDF6D26CBD86D4E4BC401D15BD18DF103D2EF167BD73817C3DD6AB08BBA637AA3CE8740FBD9CCB843D782C95BD0CEA823DF6718CBD20C41D3C6BFCC7BC80D1133C93B363BD533F943D9642733CD680323D4E433DBD36FDB23CCB8136BDE0603ABDC022A8BD8693103D86FF353D3B7FD4BC2B99E2BB7A5C98BD1C0E8E3DA644803DFB188E3C00D805BAF636C03C02A18C3DE68735BD16B9773D2BDD13BB56389E3BB6AB68BCC45EA8BD0093453C363B57BC90858FBD5B3D993D20FE4CBC13D901BDCB36A83CE09EB0BC3E5C59BDABFA5B3C400CAA3CEB01BEBC9EF5273D00D4A13B165281BD16F0983C8000FD3BE6166BBD8BE6D73C6B470C3D5646AFBACB41C4BCE232993DE3E87ABDA210A8BD23009CBD9ADB9FBD483032BDE0F4A43D164632BDC0891FBD16B62ABC8B26BD3C8BDE563DD4A89A3DF3517FBDFB47F3BCEE7921BD63BB2A3D009E02BB9614AEBB6B8D013D36BE3BBD00690E3C4674183DD076B63C8BE368BC562AAEBCFE39583DCB9AA9BC9E7E5D3D0EF717BD2BF239BB40EE25BD0E1480BD5683703B00CDB73CAB5EBC39703CACBC76EC5BBD2B5043BB561EA73A03154A3D935A08BD00D2943B80DE8A3D0BC2183CC03FB03CF68A79BDEB6E913B26CBB23CF89A603D9B650BBDE64CC5BCB6014FBC9EB050BDDB4D3D3DA44B82BD7097F53C96429B3CD03F363DBF5CA43D03A60BBD73105F3D402994BC86273CBD585213BDB3D95FBD97469BBD3BDA9F3C8771A1BDD6E0FE3B6057E43CDB3502BD0027EFBADC61A8BD36D41D3D08625E3D2B2CF1BC6EB5613D68455ABDAB726FBCE0B748BD6700963D8B7F7F3C1309863DAB9E29BC06F900BD5B49C9BCF8407B3D3EC00CBD8B573B3C00B0783DD662B2BB3BD630BD8B8B40BD964A5F3C36F319BC06762E3D6C2F89BDA02E8EBC84BA9C3D56949A3B30F91DBDA6DD61BD2B44A83CD02D3A3D3073BABC561741BA9027AF3C167EB33CF0FB84BD679DAA3D56CC813B306B023DDB624F3D300D3CBDE044C0BCBE2B5CBD63A7A2BDB24E97BDD03D03BDE05D5B3D268982BC768B2A3C9E5733BD1861953D4BA099BDABC91A3BC0F5A6BD26C6873CF69DB7BCA80299BD202591BCC6DD97BDB6242D3DB3DD793DE8B9713DB09D803C2B7A933C7346903D6E6820BD768544BD00C856BB2B42B5BBB8065C3DB3BD8DBD88A96E3DCBF0C33CCBBA813CD0E93F3D4FFBA2BD7626E63CEB462E3D33BB4CBDB37410BD8AEC90BDBFACA73D16BDD53CFE41843D9E55193DABE7F33AA374013D7816753DCEDB71BD7277A13D162F3B3CAE8F77BDB0AD82BCBE90A8BD632E063D7A1D8EBD643E923DA04D7BBD687B03BD3B591EBDA484A33D9B68273D6B8FA83CF6678C3D3FDF84BDB6A611BD8E2B2D3D60B2FC3CC6840BBDB6C6B6BC5E9B933DFE9120BD785009BD1693A7BD8BAF13BC7064A5BDC02C553D2BEC863C7A798CBD7B294E3DC629113D9B27F1BCEB3E7F3CCBE9C1BC00E0163DCBC03BBDB0923CBDDB089D3D508CC33C67F29BBD20A7BCBCD2A68B3D2B865FBBEACE8CBD7B86B43C56199B3D9296A93DF3C076BD638B7FBD76BDA3BD380878BDE48AA4BD24DEA43D73434DBD164DB6BC36A20C3D4E640F3D7BB140BD2BF06EBCC08FA13D5BDA783D7C159EBDDBC99FBD8B9F62BC0BA1803D2B73CABBBBA99E3DD69A99BD28695FBD2EEC4DBD90625B3DAB6E94B9D09CD0BC462110BDDFC8843D56058D39E7758ABD905877BD7B78303D56FD38BA56C0EDBA1385383D168CC03BA62E3E3D80E1B8BBAB2A023C562F93BDD64A353D2E264DBDB31F23BD16CFB9BC83B956BDD61E90BB9E1D96BDABF2E53C5B4E5B3D7B4252BD60F71A3D10C6093D568950BC6EC45DBD3E1224BDC0C79FBD50C576BD3F6F86BDD69096BDA071333CBB8989BD7E2094BDA6C1A7BC1059953C662058BD1E2E913D7B85553D2649E2BCE6B312BD18D52D3D168190BCB3BF4E3DD68A45BD7202893D775291BDC04140BCDBEDF4BC18E96F3D60893B3D6B51303C40383B3C30B0FEBC4E6E83BD88F7383D8ED0A1BD881D87BD37DE913DB8F775BDD883253D6313A33DBB6A40BDC024A13D10F0173DAF549D3DD6496B3CD426823D84DC88BD90ADA1BC2E85323D42C795BD1EE89BBD809D1DBD204720BCF64B6D3DA388113D2B8561BCAB0AF43A5AF786BD400CF4BB20FC74BDD061F0BC974D83BDCEA163BD508198BC5091D5BC067F9E3D20BAAC3C20E4213D83964EBD6EF83F3D27688D3D63D3213D34E1A73D80DA373BA6555EBD1EB558BDD6ECEF3C4BDD2BBDC39141BD2081F8BC1B7CE7BCF3FD4A3DF754903D7E11413D43C6263DB31C4FBD5BF39F3C6E1F3C3DD6FC993D9438913D28F223BD4FABA93D86F22E3D80EE3E3D84E28A3DBB7E603DC0254DBC8BC4153CAC9E923DA0ABD8BCEC289A3D4E0F98BD4629673D7B2A17BD803F053BA3D10EBD8077793BF6CF18BD730225BD0E5D093D6BDEF7BCCB4B2D3C761CF1BCB8B7423D50E7ACBCFE103F3DD27C93BD6023BEBCC3AB423DC0968B3DF0FA95BC40D9B43BB2699B3D2BC81C3B504B19BD6BEEDA3C5698DF3CE0A337BCE601E03C80B3E8BBEB1CBC3B9E5589BD738EA3BD98F6473DD61F843C0713953DB3D36CBDF8B083BD8B819CBC5B2FD83C3FC8A23DBB0CAD3C2BCB73BDF66B6E3CAA8994BD700D4F3D43E27F3DE6D6413DDEA81D3D769E993C83B7A33D60B2C3BC58CD43BD5FCA84BD7E693CBD5637B6BBAB55833B2B76483DD032B83CFB198DBCF3AC19BD5604FCBB46935C3DF8665A3DEC00833D363A82BDA4378C3D6B7EA5BD5E8995BD93129A3DF6C078BCDA42823D3ECC07BD162CFDBCDCB78EBD4B251CBDA3C68E3D68F5063D734857BD03F9263DAB1E653BE6D8FF3C1652BCBC0BA051BC784671BD7E2570BDCB4007BD0BA993BDF02E22BDF0D33DBD26001ABD46F9293D624DA13D005390BCABC9873B12048C3D66D9963D3B3F133D50BF983D56A5D53AC869373D7E2A5ABD7E40193D028D91BDCB98B9BC3886783DD63EAF3CD6C9F9BB567C93BC408ABD3B8EB789BDF69D943DE0638D3DAB08B8BBA62C503D22CD8EBD2651EFBCC06C073D7B06973C0B4D35BC4BFA5D3DA84736BD8AE487BD9BC7EABCE0707CBD980A303D980F15BD9219A9BD365253BCA67DE53CD6E6B6BCE6AB303D3BE31D3D36D5D23C03C6123DF02E463DFEB176BD36939C3DC0078B3DD6D0493CE819893DAB5728BB4B07ACBC6EAF1FBD2BAFA8BB6FE0983DD667163D2BE957BC0009A23A26DC8F3D00FE31BDC0F69CBB607121BC8BDF26BD062D933D7E600A3DB26E823D9012D1BC302A18BD23B36DBDD0B2A93D7CBD98BD0049123BF8A455BD9F4E99BD3671633D0630643D8675A83C26B43BBD18790BBDDE7E363D92F3953DABC21BBCF8A99EBDF06BF3BC037736BD903EA93C38772F3DAB72E4BCDBCB7FBDEE36293D98A47CBD2BD50E3D42E2A33DEB39A0BDAE7F89BDE0CF41BDA083EE3CD6E5A63CC037E43B1BBF63BDD69F1EBBD04951BD2631C73CB68FB7BC76C511BDA08940BD4B547DBD6B72833B3B2EE73CC6AF2F3D6BB8933D1B1F67BD16C4663DE6C012BDB60985BCB824243D5084953C669A60BDE6F8083DC835303D6081443DC06A4DBC93C354BD4EB265BD488A053D5F01A53D3416A5BD1684ADBCABF579BCD88B60BD63A90D3D339C3D3D908A17BD2B44203D6B019E3C0EFE033DC3DA6EBD0026843AF36280BD7757A7BD6E070DBDC08EB2BC5680AF3C465BFFBCAB6937BC74FA883D589593BDAA58A7BDA6EB723D76B01C3CA6FD693D80B452BC50E020BDB25EA9BDDAC996BD848383BDE68BA13D66E2A6BC3BCEB53C33626FBD421A8CBDEB8692BC8712A53D2833A5BD96C3FB3B73FD4ABD901E7D3D009CB7BB20A6663D2BAD5BBD606BFF3C10CE35BD5676E0BCEC488F3DC08994BB080F1BBD08D9183D80FC623C9888473DC8E65EBDAB5FB03A3B23983D2027673CB3116E3D23627FBD6B87E03BA03EC03C634F1F3D6B1B1FBC8656283DEC70983DE6EA3BBD6B5F943BD6E97DBDFBF3223D27619E3D5A4F96BD63ED373D7B60AE3CC64A18BD6051A13C36C9493C00A8FEBC6E8F8ABD5BEBE1BCF0FDE73C203C823D08DC18BDB0015EBD7E9B23BDD249AABD08236E3DAA3B8FBDBB1E923DB84F8EBD56CFC23A83471DBD58236BBDBBDF1EBD8E5B20BD1760AA3D77688EBD2B72A73CC6238A3CAB8417BB3028CC3C968962BDC0D265BD8009DBBB40157B3DDBE16B3DF6325B3DCB2DD6BCB3EF79BD0605CCBC1BC3D73CE0DD003DE6A4A3BDC68D18BD4085A0BBB09FAE3CA0EB5BBDEBD430BD869006BD303C68BD4020BB3CE6CA7ABDAB7CDDBAAB06FB39132250BD561B6F3AF6854F3C8016E43B17269F3DF8B37CBD4691393DABD200B916D79BBD9E402DBD6820A3BDC0CDA0BB3855823DDE7782BDD63EC33C1CA6983DBEE9233D4E0E0A3D4B93EFBCB6A57E3C7642F9BC633F283D70BDA23C88A1653D523D963DC65A773D405F1C3D803A743D18619BBD587F693D20B4293CB6E549BD2BCDBBBCAE800BBD963A75BCF6798B3D9B9BE4BC80765A3BD6A06A3C2F808CBD4E858D3D1BF1EEBC60F90EBC404FA2BC537C61BD40315CBDC6481B3D5B0D0C3D6E220E3DECC5A4BDFBEB733D38C2023D068ABDBC30099BBD8A7FA23DEFDB993DEF3B9DBDA0DE99BD2B58C3BBC04812BC3A06883DD6A447BDD6BDC63BA0C658BC36A6513C46FCD23C7B677A3D56AFEBBAE6A055BD1B0CC2BCB06AC0BC065885BD009472BBF08906BDDB7257BD60FFC5BC0BD7E93CEE26AA3D16EE313D9BAAC33CD64001BBAB182EBB93F238BDC8FB253D6B9029BD20840D3CAB65E23B805A463C036680BD40DA553DC0E3103C5616A8BCDBFA79BD131D4BBD3262843D6B7CA9BC5FA3A93D237055BDC6C35F3D2BD3A0BBCBD508BD96EC85BB387D2D3DDE6D293DB683173D0368753D5686323C1614CC3C7640A6BDA014AABC806EBC3C2B14BB3C73F65EBDE23EA6BD9BADE33CF0C56B3D20A8413C007F26BCA6734E3D56F5603D3BF24EBDA6657DBD68849A3DAB2D5BBD44C094BDB087BE3C633B983DC01CFC3B48544A3D3E96403DAB805F3D4B9C9F3D38AFA3BD528687BDEBF2303CFB388DBC5BB5A83DEB3CF83CAB69D5BB3BD9F8BC960A183D8CCCA73D1BDE463D201849BC000C503A365BE3BC06A645BD4B77353C9B1DE7BCEB1C0F3C60FB563C50BF66BD9B9259BDB85135BDBB4909BD5BD8BDBCF38C973D367A543D90A0F0BC5649503D7471A4BD7694653C503B983C266C5D3D200B55BD2BF9E8BBF60166BCB03D96BD900C813DF4F796BDE0414DBC2042923C80B2F93C63AF5CBD4B0C4D3DC016C6BBABEEC1BA70D2B7BCA07C73BD76C4F03C80DB1BBD43E492BD3B6E9E3CFE9460BDFB4BFEBC2B7D7CBD10917FBD809EE1BC0B74793D903F94BDAB47C2BC96043FBDBCD5A3BD7BA6B5BCABE3873B4AC59FBDAB9D7EBDFEE212BD60E346BD500BCE3C4C4187BD8804053D1E5457BDA03D3CBD7BFD1FBD3E684BBDC6D6243D36F9143C6649C9BCCB924DBDC09C83BB4B76F7BC8BF4D9BCC01A613C98F12A3DBA57A8BDB2FE8F3DB7209ABD688F38BD2272A3BD50AC303D86E6D6BC8B3C0EBD409629BC0B2D9A3C43922DBD6EE241BDC8AE533D5EE1A9BD9632A83D80FCEE3CD88860BD564646BD14168A3DEA47803DD6AE33BDFA3797BDD68962BBF6F439BDEBF8323C4E435D3D7B80A63C0B8D4E3D6B4AEE3CC0438EBDB6B87F3D76D8A2BD568D36B9BB1A8B3D00FC7F3CD6136BBB735897BD84D38EBD005952BDBB7A6A3D6BE1DFBCBE3D13BDB6E9883CD39B3B3D6B94713D97ED84BD56FD5A3ACE559CBDC68436BD9BA5A63DE60F213D1653AFBB5665B6B88BC64B3D067CD1BC22D081BD90094F3DDBC4493D60DB77BD72D8823DEB6A113C74FC873D00D84C3AF8FE68BD302C22BD2BDDB53C8BD4323DCB1CE93C93D77D3DD84433BDFBA8DCBC60B2013CB0315DBD4600A8BD0B63E3BC40217EBC0EF075BDA83A6F3DD37C523DEB1DD4BC4BBFDEBC5B8D1BBD16DB67BDD0ECDC3C9668F93BE65DF5BCE0ED7F3C00199E3D66A182BC8E1C72BDEB8BF43B6B695D3DEE3861BD1E0F6B3D307387BD3055B93CB63752BD6E22A33D4B2FA7BC0FD99FBDD05AD8BC5026793DDB85903CAB9FE7BAD8DE66BDDB6BA9BD60FB183D268F743DD087A23C962E293C58DF4E3D7B7E783DF0606B3D66BBBC3C60FA13BCABEBAFBC08FA943D5EFB65BD969802BD96D96BBD40856CBCB62D5F3C3337693D5695A9372B4218BBA72B8CBD80A6643C044C8F3D9B0B1F3D60B851BC1626E9BBB609083D4338863DC26D9C3D3023F23C4B3E2C3C2BCE203BFE8B203DD8BF6BBD40C7983BC08793BDBBD9D5BCA616033D201B68BC8741943DB69DED3CE8FD543DA4F19A3D563D703938EE423D2B57103DFB285F3D6BA4543DD605523D56CBF13AB61E683D806729BDBE39333DF8C0723D2E3B343D6B5767BC2BA8C63C9BE51BBD92CAA9BDCED7383D8EB8043D9B448BBD6060EE3CAB3EA6BBB028F93C004BBF3C16DA213DABE21D3D332E033D48E3513DB675A5BDA6F63EBD9E44A7BD6FFF873D00B5E13B0F58A53D0E090B3DE6CB47BDC860513DB2C987BD1056D2BCC3A2A6BD583B5F3D6B2A6B3CC6D2993C5308593DC8E5693DD666D1BB90A23D3D7ECC3CBD7EDE01BDF3DF15BD9A188A3DCE1CAA3D70BEE0BCE8AC92BD8BF4A0BDB0D136BD044D813DD3133CBDABEC2B3CA02A0F3DAB618B3D408B3A3CD317953D562D9A39EB715B3DF004933CFBF68CBD2B37CB3CDFC7923DD6E9B9BB70D6D83C4BBD8A3DF4578ABDB602163D430579BD9B1D663D567D70B94E903EBD2B8155BB132235BD82E2883D9890763DA8BF86BDDFFD8FBD00CD0C3CEB16373C0637DA3CF620B9BC90EF7C3DAB5AF23C860340BDF3F6A0BDE8689EBDB6A8613CEF3AA53D40E3E2BC56CD0939EB7B473DD3C44ABDCB19ABBCDF1A923D305D253D00C54D3CAEAE0EBDE0E5863C7ECBA93D9658BC3BB6DB86BCD7889A3D78F61A3D3E64453DC065413CD65C5EBD0B41FF3C00AB753B04F3803D8E87853D1EC9163DEB1B493C9E6076BD437D35BDA8B9343D534397BD36B17EBC7ED3273DB677503CD6B62BBC2BDD543C6645AABC169B0DBC7BAFA5BD867FD9BCF8E58C3DB816333D4B196DBC4B61D73CB0E7653DC05BAC3CA8E0173D80C96A3BCB8A3B3DCBAF9B3DE0AFC0BC166C6EBD5B9786BD43FA76BD20C7D4BC90900CBD7B2CBB3C5B61B63C6BDD05BD00A1FDBB2A8388BDAB9092BC6BA8F23B60241C3D2F57813DB07C603DE6A8D63CE66018BDD4089BBD6AD998BDCFDA9EBD8607ECBCD8460ABD2E0C65BDEBF928BCB75B82BD008156BBEEFF87BD2B09AF3B0B2012BD30744E3DD49B9B3DB2D48CBDA602993D3C32863DBBCDFDBC3C36AABD33594DBD68DB9CBD43406ABDD8DA883DA0B812BC36FF0B3C00BA9E3B4E7089BD004EACBC96D701BC8B6CC6BCEE3628BD5050C23CD0EA5E3D168F01BC8B8B9D3D567F123D8039B33CAB0B69BD6BD8D7BC6BB34EBD96EF71BDE848613D9E594DBDA0378D3CF6C6A33C2BB0FC3C4013E2BCD367293DAACA9B3D105C9BBDA610F5BCC8E5323DB8495CBD6BE67FBDD6CB443C7EB68FBD562822BD0B80CF3C769676BCCB0A213C86DA9CBDF7C5813D80E040BB2B861A3B00FF8BBA00E4D539500BEF3CF6BB853D065AACBCB8E139BDCE3B603D5B6174BDC0B24BBC145B9ABD463566BD388500BD8329063D16ABB23B1EBD32BD831E89BD6BE751BD533391BD348B8EBDB0D695BCA30C74BD00E08F38162AAF3CA20BA3BDBBF4B23CF66E43BD2B4326BBE01667BC4B3030BC23E611BDF6B7383CC0C02A3C63084EBDB691C8BC567A0F3C6BB0C33CC89F0D3DEB31A03C6B4DD4BC7E1F8E3DA0568F3D94168BBD607800BC960236BC80F116BD762A783DB084903CA8622DBD8421913D405E6F3DE01C4F3C73A638BD83252EBD2B62923C670E83BD38B136BD4020FABC2B6FAEBC40E0C23C63E915BDABE04E3B76A03A3DD36A843D73B94D3DA6005BBDAED7433D00E658BA26E6F33C566669BD202F35BC43BD6CBDC8F6433DE09703BD90F7883DE37009BD60A1523DA31F53BDC8518A3DE0D6E33C1610393C2BADFB3CE306173D562AFABAC8DBA9BD2B8DA5BCA83F843DBBEB5C3D837928BD70F2D6BC40CD1D3DDB02D63C0021843B8EEF39BDB6941ABD3037623D40E2D6BBD430953D93BF513D1E0B07BD8BA6403D32A88CBD20F0CBBCC0FC173DFA628EBD33722FBDE37237BDB637DBBCFEBB6DBD664E903CD658D0BC2E2BA73D3082573D560FEE3A7687033C765908BCFCCC8F3D0C858E3DD3616CBD20D099BDF644003D5678BBBC407A233DC03CA6BCBF4E9DBDABC6473AD8EA98BD332C5EBD6AE78C3D3E92193DACF69FBD732B3EBDD013083D3F4EAA3DC63E413D03F7733DD3FD833D56AD81BB0C3D89BDC36219BDB065AABD63B0803D3C8884BD23248CBD1FEA99BDBBB372BD8BA8303D486A8E3D87E4A13D2F01993DDF3297BDB6C12ABD6015353CC6C628BD2F4F923DC09623BC404159BCCE5D193D106E483D6E4D723D8E2E773D6BAF8F3C52728ABDE0DB1A3CE3140F3D96AE37BDBECF9E3DBB6E58BDD64B9C3BF0CCF1BC5BAC153D66A88ABD662EA6BCFE4481BD",
      torch_tensor_16_torch.float32_4: "0x04000000B823B23F1A85803FC4BE2A3F1E676B3F2C9BB13F8E078B3FE2D3443F8729353F0688A03F28787C3F7BB0403FAF241F3FB1088A3F049B373FB70C8A3F858C773F",
      torch_tensor_16_torch.float32_5: "0x04000000F95B273FC251943F9C5C1B3FF9A26C3F8D65143F225AB23FAAEF1A3F860CB33F0BFE7C3F0EA58D3F6106643F3EFD813FBC14A53F7217BB3F7751B63F5A13B03F",
      torch_tensor_16_torch.float32_6: "0x040000001662BCBE200B84BEE062A0BD64A1883E621FFEBEE6CAE63EA004AD3E9A47FCBE1C65A2BE08DF18BEC866B93E9C6BE1BE585EEFBE1669AEBE34FB2CBEEC23653E",
      torch_tensor_16_torch.float32_7: "0x040000003337F93CD74294BDE01DEABD4DBB1A3D135B24BE1DA9113E2F9F1CBE6FB307BE93B200BDA0091F3DDA29583D673BF23B5D3D84BDD35E493DEA2A1A3EFFF545BE",
      torch_tensor_16_16_3_3_torch.float32_1: "0x0400000010A5EF3CC0CD48BC3383503D4B5B6B3DF034253DBE7311BD06C6D43C16F0D83BCF0089BDCE27613D8B67CDBC8B4DFD3C7ECC1B3D00CD8F3AB308923D2E38043DD6BB423B864209BDE230923DC83B8E3DC046543D73C16CBD8E257C3D4B9534BCEBE72F3DC2378EBD002018BCB6C286BDBA56A23DE8A609BDFE668D3D2055FA3C6B6DCABC96BB8EBCF682233C7C61A33D8409913DA835173D7B52E8BC205BA23DE0D65F3C0707873D87E392BD78C69A3D00300B3A93BF663D784E52BDD67DCDBC3024833DDB085FBD968E1ABCA02F4D3D0B9FECBCEBBD113C6B8AEA3B405EAFBBA435AA3DCB46433C8647AA3CE6EBDEBCB60152BC749A853DCEFB303DB88C063D267AEE3C8AF1873DFBD7683D5A0A843D203A8C3D90316FBDD00CCFBCB0E3AE3C0E900FBD001D71BC437C213D3A88903D26B9463DD6B9093D680D363D5E4B37BD967390BC861EDBBC267957BD16678F3C961143BDB0DA943DE04B873D20849CBD86E9973D2B5C153BA226943DA0C9E0BCC6AA7BBDF6D96D3D92B6A53D43B1A1BD1EE1703D6E138A3DC0CCD3BC380334BDE8CC523D50E3553D22DF97BD937A873DAB89ACBAA7A2A13DEE238EBD065ED33C469679BDD687E63BB0E0853D6357A73D409DA23BBB06FB3C031618BD9322793D66D1B8BC7BC7BABC80F2B63C4A338A3D2CF19EBDF3A109BD56C94ABDA39A913D6BFDA23CF64BCF3CE8FE4D3D6B9BD8BCB7489D3DF606183DAB9428BCFF0685BD2697143DB6780C3C4E996BBDA071633D288E8EBD5CD39DBDC8A58EBDBCD681BD977A9B3D60095D3C7884853DEE54953DAB4EF2BAEB937C3DAB600ABBF600013C20FD32BC34E19C3D4BC4693DB0A0A7BC6F8E8C3D4B631E3DEE5F52BD2EEC9DBDCA6C973D064F9DBCB0AF2E3D83CC1CBDD69C5A3BFBCB9D3DAB1808BDEBBDCE3BEE7F663D40D6363C23D8583D98474CBD905966BDD6F4E83B00703E3CAB24873A902A553D34718C3D768D553CCBAB533C94E996BD24789A3DB2BD9C3DCE4B92BD007C0FBD76DC933D2803833D2BC4A93CBB302BBDAB236B3B3342203D56FF8E3BE38B5ABD8AE9823D3E79A6BDEBF8A43D23A18A3D302D963D3BA11A3D7E9C0BBDDA94913D203AFCBC8B562CBD20DC893D9620883C005F2CBB2EA021BD408944BD5B14D4BC26FE753D10DC72BD4B94603C675F8A3DE37D33BD9A4B9D3D0647BDBCB80F083DD8F2853D906F123D3BF88E3D025CA43DD62CE6BBB62B8C3CE0D162BCAB883F3AEE5DA2BD047693BDFE5C57BD2641923D767865BDFFAD84BD3BB2BD3C2B67B6BB00B1DB3B13B43B3DAB85883A80EC1BBB50005EBD0074ABBA1B55863CC06CE3BB2BFD8CBBD01809BD6F7A8ABD8B0307BCF69155BD9040A8BC9671DCBC03573ABDCB043EBC606EF03C6082A73CA35E143D0085C03B4857463D1678783DD38447BDB8FD66BDA2908EBD4BD7A3BC66DD52BDDBB5D0BCAE2A48BD10A062BD730699BD40FD733DAE4E6FBDEEB36D3DACD3963D36C037BD9E78173DB07E9B3C1F468C3D23918CBD40644ABCE3C5943D96A3DEBC2644783D800CA33CDBA998BCA3506ABD27C789BD40DC77BD0028A33AFE696BBDCBF3743CEB4FD2BBAB50EC3CCBB323BDCB4EE6BC7B4D853D80BCA2BCD6634EBDDE078B3D065E81BCF8E466BD1B0BDDBC93F70E3D5E267CBDE0B154BDA6D9E23CE0CE0EBC50A5D3BC82EC9A3DC6F1C23C2B14723C9E70023DB05CD6BC2030E1BCF34881BDB644453DF63896BC1B6F4E3D367D283C8801003DCC1F9ABDA0CD2FBC124FA13D0E046B3D960E683DB096983DABC4993C9BE5633DEC439A3D5EC3293DABE479BC16698A3DDC529F3D9243843D86E801BDDEEF303DEB00963B487177BD96AF2E3C7639943C80D6DF3B9B6A3BBD56CC13BBF3E9883D162EF23C88B5583DB0DADDBCEBC2AC3B3C99A83D20718B3CEB2E97BB3882613DD0C68DBD3EA704BDC0A5FC3C539D9F3D50F082BD5B3C913D36E60B3DAB65BB3A90E5A9BCE33DA03DA6F38BBDEBA809BD36C0F83CE6E560BD489875BDD67145BCE44F913D006C7EBBE3AC613DE6BA583D9AD68D3DE7439A3D7EA710BD1B04A13D763E6A3CAE140E3D687C613D14F18FBD0E8339BD3BC29C3D0BA401BD4A889CBD27ACA5BD974AA9BD1059803DAEE95CBDDB2F13BDD60B403CCBCA3F3C0E3181BD364571BC169581BDD63E86BDA3C44DBD807E953D6BC061BDC3774DBD96299B3B0080B2B846C5D2BCCA90A73D8B980E3D2B12133BAFBF9C3D8001D2BBBACC983DB66C42BCA020333C4484963DCB6DC4BCC084E43C83D27EBD63CD5D3DE00B193DEE1E573D4031743D56AA24BDE00940BDE0202BBCBA2E9BBD001846BB20B6793D8CCB86BDFCC983BDAA4DAABD56EB503D831F75BD1ED43CBD0015BEBCA02E5D3C1852123DBF009C3DE343093D1343AA3D28740B3DD639633D3ED5A5BD67BA963DF3304F3DFC32963DE2208C3D46144EBDAB2C293DA066D23C287D14BDBEC87B3DB6CE073DA4689BBDB0E8B6BCECBFA83D9E7A953D2E3D5FBD4EBD2A3D264E9FBD9BC3B3BCD6243BBCA3D71FBD7395233D4F7F873D76A9AFBC034926BD567A35BD4BBB23BD9E872F3D384D33BDF02A52BD83EC92BD8096543B06C8653D805A5C3D30DAB7BCC0CC923B167A96BC20EB4EBD1B205ABDD0E68A3C8B215CBD0B205C3C23342FBD14BDA0BDC3A8523DB39D45BD27AA81BD7005DBBC3B126C3DA03BC63CC660253D345A8DBD787864BD0B9247BD40B05FBDE0A29F3D966E593D57A88BBDA6F2F73CDED5A0BD005725BC6B66F0BBD68041BCF073FCBC661EEA3C6E5577BD1EBFA53D7EC39FBDD0F79BBD6BDE4EBD9B6926BD3440A1BD308FD5BCE01289BCCB7E4C3CB0BD983C7E750F3D468393BD06078E3DFFA28D3DAB126BBD363BD1BC430D42BD40A5CEBBABEE0A3BAE8C643D6037433C6B61DBBC8095B63C26DBD9BC53C9293D4B1929BD76C401BCE3DC4E3D8B1F483D0B7D22BC5677BBBA4B7C31BD96E1963C3A698F3D00820C3D9653B3BCE739AA3D240D893DB6C9173C9C9AA03D5FF59F3D36C90F3CFB34A6BCF71D943D10CE07BD2E264C3D9C1183BD5725A43DD028953DD4F78ABDBE0F5A3D164A333C361311BD568CA9BD168613BD28052EBDD6BA513D808869BC230F29BD6B29B0BB4669003DCB93DABCA0BE71BD80F66C3D7649A43DC6960D3D467FC8BC1048FB3CD48181BD93E8553DC741A9BD2B4D13BDB4658DBD771EA4BD3B8D1C3D3689F1BCF078463DB8269BBD16FCEF3B83FE6CBD8BAB863DF055333DB64516BCEB86E53B2B0B4C3D04F7A63D085C2B3DF04F9F3DB635363D2B22A33C480029BD1653633C46E517BD70D751BDC617BFBCFEED19BD5A9B833D8807A1BDEB60183DB3925F3D4893683D3EC886BD86838CBD7E3A5ABDB4908CBD776DA4BD96A1F8BB00C02C3D4C7A8F3D90289E3CEEA32DBD6B2F613D26CD22BDB0D92FBDD659B13C28D2753D982B0A3D62DF81BDF60397BC882D8CBDD644E63CC41A82BD1EC787BD7E5A4FBDA6FF133D3E8395BD93BA0E3DCBACC93C8E7F163DD80B5A3D80A83FBD63675F3DD019A5BC5B7BF53C36BE013D2B85A53BD0CBCFBC8BEA9A3CE4E687BDB6D978BD4EEB43BD12A6A23D2B666BBCABBB1A3DB07368BD80D1A9BC08A8383D403F6E3D1BFC33BD8B6581BD5002673DFE56983DB26E8F3DA0B24C3CB37C81BD96F0C4BC338851BDCB2B22BD4B615A3C0BE855BC30928DBD96EE283CA0033ABD0CE7893D58EE013DC0D8ED3BE6268B3CB0CCA6BDCB04423D3BD5A7BDF0BDEA3CAE8744BD57BB933D568987BCD2EF9BBDB8173BBD9EC6953D6B0E783D50850DBD3B9BCDBC40CF543CEB1151BDAB2A5DBDA848353DDE1A5FBD0061DEBCE04EE53C6E37643DD616DDBC00F36F3B60FD30BCA0C1D8BCFB26763D56C419BDAA8EA13D66108CBC4A5AA7BD9E031D3D562FC8BC0A80AA3D30071C3D502CC8BCF019063D83E80ABD2FDB9E3D16DFD33CF25CA9BD863E07BD9051FEBC9E4F98BDEBB2A23C169D9E3BDB86A83C800387BD760A16BC1B72623D5FA3A6BDD6D6A2BDF647333CEBE127BC006165BB3688673D00B84DBB3887053DE6EFF13C40F245BD67B2A33D1BB687BC8F1B863DBE420C3D9F6F85BD00751FBBE0961B3C6AFF993DA7C0A8BD48513E3D96F52D3D781F3A3DB03788BCC674A1BD566772BA02F8953D260ED13CF04B343D6889173DABAC89BB8B0594BD00A6F63AE070AABCEFDD813D90ACD2BCBB526E3D7003803D6C318B3D962D92BDC03002BDD0AE223D43020EBD56BE873B56D004BBD6F0873DC68DBD3C4E2955BDC07BBE3B50EF283D134933BD1639B43C760011BCA8E425BD16AEFA3BAB0E64BCC3DF0D3D766D2C3C4AC39ABDE89A3DBD6BC4C23C80E1413D5073D0BC4B4C92BC5651D139EB51FDBB7C0EA43D20EBA1BCE0B42C3D7EEC573D76D2073CE6CBB0BC56986FBBAB99CE3C70D5853D1E550E3D7B2DE73CAB6DBCBB24EFA13D00BD18BC0BEBFABC6B8E1CBCEECA7F3D2BFC73BD6B6966BD16EF42BC0E1B973D4FC58F3D2B4E4BBCDEF423BD9BC834BDBB16613DC07A833BB881243D0BE206BC10470E3D00B79C3DC3EA1ABDEEDB3F3D06369BBDE669EF3C889F5ABD3F2D973D56D0D0BCE6A909BDD6D55F3B683F9DBD73776DBD4BE2313CAB4A84B9A35E14BD2051523C303FA33C98B239BDEB118EBD3EBA463D672991BD968F8E3B33107BBDF0AE32BD9EA59B3D0BF708BDF8F38FBD2BA36FBB2688323D60BE9C3D20E371BDA812523DD63A37BDD0D19DBD3B3E42BD0BF13C3D979CA8BDFB69FDBC4B3845BC28F396BD2B7F723DE06C39BDDB1611BDB60028BDA6700B3D87568EBD56E974BDD84C413D53C69CBD40B5A2BB8E8037BD986D423D5E68853D2BB4343D9BF7C03CF6321C3CEA5E9C3D43F02CBDE0C2A9BD5BAAAF3CD073A8BDFB4F6E3DCBF58D3C785193BD56756EBC7E5E3C3DB64649BC6B7EE53B16AC1BBD96DD43BDBBC12EBD8A279ABD160FA2BB562CCD3B86A7F63CF03FB63C0B8AE93C10C8DC3C18BC99BD7E4C0C3DB64D0D3C20772E3DAFB9A73DF02C20BD6B7977BCB66511BCAB1257BBAB6F0E3C73AB3DBD8ECB8D3D887120BD600F1F3D70AF61BDD3BC5D3D56B6ACBA602D0CBCA623B8BC605BF43C962A1B3C2BA33A3D1698DD3B50A62F3DFBA3C0BC26D2C63C708EABBC9672FD3BF69E3E3C9F9292BDD3FC463D4B40C83C2884543DE00A14BD6623D73C5BEF26BD0459A0BDBBCB73BD2CE68A3DD6C371BD80B24FBCBAB19B3DC06F9EBD5B81DEBCF30A85BDFE42333DA60035BDD373943D1056A13C5665893816078EBD88EA803D40583B3DD2F5903D7E4E353D5671C7B9647992BD064DC0BCD36BAABD925F92BDA63972BDCF86A53D76252C3DA4429E3D5CB7823DD618553DD6DE32BC66F9893C8BE9293CAEA4093DB6505D3DC6DB5A3DCB5BAE3C96BA9E3DA055A43D2006DFBC2B8CF13C8E27383DAB5B42BC34A88CBD8B374E3D6BB15EBDB435AABD5FE09EBDEC988DBD4B515E3C00192EBDBB2C413D9836A5BD0EC365BDB818893DCC5286BDC6AE5EBDC087E03BE4708D3D561DC6B98B72223DC09D743CB6B3A7BD30B280BC400DA0BB30F09FBD0BB540BC4B1BDDBC784CA13DBB63A2BC7F43853DA610E0BC10B7613D93AD8DBD2A2B8BBDA63E573D73E5493D3BF09A3D5E2837BD2BC4F33BBBDFEA3CE7E390BD4B8930BC5B4A76BDFE487F3D10984C3D3CDD8A3D3682DCBCDE2555BD86409E3C6BBACABBEBE3DB3B4328463DC005953BD83F55BD202769BCD02AA63C70E0E93CD6B7093D5B22ABBC309B493D80207C3C06D120BD470BA63D36C683BCF3E3A53DD36B623DA375783D5289A2BDA049DB3C738C7C3D7BC4F3BCA09A7C3C30D109BD14B3843DD6FF68BDF6FD683D1BBAA4BDD6075D3BAEE98E3DD622723D38F8623D66B77B3DC237993D28D32F3D2B8D513B567552391CDF9B3D6BF0CBBCB3FE13BD0E1480BD265B2D3D18EE063DC029AA3D2B717F3D17D29A3D9CDD9DBDDE29153DAB61ACBB76599B3C706AA03C506E9DBD7B198FBD16456F3D7374A03DD697603CF8666FBD384C3FBDA60D143D0CBA963D93CF853DA079AA3C68B3A93DDA82A9BD60040E3C43664D3DD33A123DABDBFBBC406FB13CB6D7733CEB3F2D3D331F17BD1075BC3CC09F683C568B6CBAEBDB093D6691F1BC000311BB18A9253D83F1953D6E3A78BDFBBC8BBCFAEE803DE66D8E3DAEB49B3DEEBC2CBD83BE1C3D06B5F1BC80C7683D2B4869BDF6D5F8BC435F4B3D07AA943DB226A8BDEAF480BDC0B270BC36D69DBC5341A73DC335503DDE008D3D63AF1DBD56704BBB3B6CF33C462E10BDFE9432BD12B091BDD6FBF23C60DF35BD2BF6253D062598BCE633763D80824B3C00D65BBDD0226F3D004A39BB10D0CFBCBB45763D56D2333D966005BD7FC79F3DCBF32E3C2681D1BC562618BB08B82BBDDE7330BD2BAF9DBC0B9FD9BCAB1430BD08E0823D5705A1BDBBC390BC76AB88BCF6A2A23D4B7D13BD5631A3BABB01C93C33F0943D2601A0BC03AB37BD9BDBDB3CCB1291BD0BBF5CBD68B31A3D5E3D9A3D8034543DEB59B53B38BD6E3D0B45063DFBB906BD8B6D98BD1A3C98BDD6760D3D4E597B3D3315A03D6B3E863D16861DBD53893B3D1BD48D3C8FCC913DEBE27DBDA6320ABD008E57BDAE1D3ABD7ECA56BD76B76DBCABAB953A438354BD8B4257BDC27EA4BD68BD21BD7C53A3BD7B19563D36D9323D4F5EA1BDB6638DBCBE015EBD165B45BDE6B6D13C764355BDD6435ABDF03849BD8063343BD67331BC5EE6533D7E39833DE08F453CAB52243C18100BBDBE544CBD907DB53C4068673DD644E03CA37E63BD16CB10BC52E38EBD582D61BDE46A98BD308F1C3DEB29F63B2E4675BD441BA4BD469C903C2BF7B03CBB9A833DD66404BD5631C63CD019923D32E9893D767A713DABB6333DF867233DABC659BA8FF8A83DD6BA9B3BF866553DA6E7683D603848BD1C418B3DA69A0B3DC8F982BD6300473D901FDCBC2EAD55BD98CA4EBD760F283CA83A223DF66B44BC38CD0F3D3B82AA3C564F183ABEBAA6BD5B86253DC3E56A3D1F50A4BD1612BF3B64A980BD1BCB823D60D3C83C1EEE03BD7652523CABAA74B7ABE140BC0A818DBDB777953D06DA183D9F5D923DD8FF643D2BAE64BC9692403C4083483CDBDE8B3C10C3FDBCB69B4BBD7BCA7D3DC0A191BDE8896CBDE607493D63FB073D63CAA53D53CC16BDC08010BC8AB4973D1EE051BDACFF9D3DA39410BD086BA43DBE3F673DCEFC183DA04F40BC03C1543D964499BDFBE9D23CA3C371BD1BD2C13C0003A0BC7CAA903D762B523CBEB895BDD0F5D83CD61D3B3D56870BBA7B7DFCBC56D8DA3A47A69FBD4E8987BD028E9ABD64A0AA3D5B73853C1EDB1F3D00B871BC00D38EBAD60295BDB2F09CBD2634993C8CD395BD1024B0BC242389BDA05D5F3D76160ABD36D7603D4B8C3FBC50476F3DB6B446BCAB88533D5BEB823D50B9F7BCFA94A7BD139108BD5BBB9E3C2B984C3BE066993D139BA53DC875043D66320BBD3E698BBD565075BC4E428EBD7EFC5B3D76FB4BBC70158DBD3EDF4DBD1EFD26BD98DA3F3D90F60DBD139E4E3DC41C893D580E8B3D2074FD3C4B8645BCE2FD883D7BBF133DC09AB7BCB436833D600D0A3DA7F9A3BD70C6E3BC6BBAB9BB0B163CBC8002DABB50AB3CBD60856B3DF694A0BC00AA97BDCEB2303D86B165BD2E1E65BDFEC47BBDB87C003DD098093DC6A3993C80CAE73B761188BD08521F3DB064BB3C42FA83BD68B1863D0B8D5F3D0812A53D633F7BBD93318CBD6ED084BD8BF6453DABE2223B2009153D20FBA6BDF06C863CFA618C3D5820133D07BBA43D909B933D5051F23C13808B3D5C22843DB64F073DA30B463D9037513D9BC0983C2A6698BD2BDC2BBB7A1395BD1AA5843D2B69EC3BC06B953C20DA43BD0A289EBD36FA3BBD5EAC6C3D50FBCD3C8CE587BD3EE970BDC25E903D96B8BC3B5EA9143D9A0C9D3D563A96BA67918DBDAB9E8F3A733B6E3DD73B823DB45A9FBDC2609CBDFEA142BD8B1C093DAB2095BAAE39763D96CD3CBDEE5570BDBB99CCBC967A6F3C7625B9BC2B3A483C50CDEE3CF0947CBD48535EBD0B3941BC8E56303D4E3E4CBD067B273DABDEC139586A963D761F023C277AA93D9E12973DCF5D983D4BB3A13DBF1394BD60DE35BC380058BDA06A263DC0E6283C303AF8BCF0E7303DD6A174BBB6369EBC566E83BA73F923BD9261883D10075CBDFEB7133DDBBC8A3C2B3BA83B0647F6BC0E304C3DA0E3063C7B39843C1E82343D2E420DBDDEE9433DE898A4BD3664D33C9657603D86FB5C3DC72BA93D0B2CF13C60F2E9BC7EF2973DAB16B93AE0297B3D183567BDFBA9EBBCB26A9A3D18D7023DE30A2EBD20AA9D3D30DD6B3DC0FAF0BBFB08B63CEAEF9E3D60705D3CB35091BD4E1F5F3DDE59A5BDD664343B767C4E3C484B77BDB0FC42BD82C0A3BD50E775BD40938FBD10CD0F3DC39F66BDFB88443DABA1803DF85C60BDCA4889BD6342443D202672BCAB9AF4BAFB0697BC8E95213DABAE1A3B13C6683DCCD48B3D2808613D4016393DCBFFD23C80F788BD26CCF23C26BA4FBDEEED253D73B69A3D269A46BDCEEC38BDAE3F9EBD0BE75ABC06F7E5BCBB4AA4BC408D283DB681583C16ADDF3C6A5A92BDE3D8A0BDFEAB74BDABF8663AB602413D9CD68C3D20C9673CB4BA85BDA0CDC7BCE3DE123D33B691BD3BA18B3DC09131BC52F084BD08238CBD6C1EA43DCB9AECBCBF5493BD0C51923DFCF4A7BD107C943CDBEBB33C1055153D065352BDA4DB86BD0067263C765A7ABDBAA780BDF34F973DABF28ABBEA3C8EBDE0137F3C23B1353DA020113CA03BA53C80FCBE3B309DBD3CF637BA3C4E7D7B3D6EE65DBDD049A03DE80D10BDFB25A0BC839B383D9E959DBD9E34A7BDB84172BD0AD9823DC0D69A3BD6F2C63CF6E53E3CEB71A4BC76F479BCC67BBF3CAB2C8A3A164A4FBC003C8D3D60B8203CE0BE3E3D0B2E993C28A568BD166E233DF839833D30CDAF3C065FF6BC1077C4BCDB471C3DC0F2F13C6EFC753D5B1830BDB01E893D000711BC500E5E3D2BB8133C566F57BD5ED7913DABB1FB3BD0B85DBDF37C06BDA3CDA0BD50AFB73C806F95BCE0BC3E3CAB60C2BB2B7A5CBD36494C3D404ACF3B269E26BDD3E065BDBA84833D1622483DDB3F283D2747903D8089BE3CC0AC123CE0DE41BC105AABBC342CA53D93576DBDAB61D4BCE03060BCD6E4E8BBD64E01BDB7D480BD433F00BD43B0A43D2ED04C3D337D90BD8A6C823DAB36743C48348FBD2B0D27BB20C8893CBB84693D7B7B71BD40C9C2BB8EE3643DFBB3413D83B6513D3B74EFBCAB9438BA3E8C96BD004C213C206AAA3DE88C30BD734D773D6BD226BDAE29703D8B76C7BC002768BDB7C98DBD708058BDA03CCA3C2A64A43DE661AF3CC2378EBDBB6C743D1B309C3C40AED83C1669233D3F85A43D5354783DDEEC4C3DFCDB913D58123B3D7EB0983DAB14A03DE61886BC164590BBA069063C2B17E23C40ED81BD68FA5BBDEB0BDCBB561FE23A1CF2983DCEDE58BD56345C3CF3647EBDAE928A3DA819143D2B6A483C0BF6C53C968680BCA89F67BD56411D3CD078EB3C3037D53CE3A47BBD6392A7BD5FD09FBD189F853D588335BD464096BD1EA75ABD6FFBA63D165A523D3B578DBC73E34FBDD60FB53B187E963D0E9C4FBD8096E73B42A3923D5BD17A3DB0C4C23CB673E73C2F59913D2F428E3D00ACC639E02F073CA89A32BD36A9893CD64255BB233FA4BDAC769DBD97798ABDF639363CC09E86BBB31A5B3D2668F9BCD66430BBEB266E3CF29A81BD36FAE6BC003A8DBB76757DBC32ECA83D807922BC3672A53CE8F7A3BDF8E0343DEB2DDFBCE767A43DF6257FBDFC308F3D268EF33CAB1B3F3C734D903D80810F3D40D1E4BB405A08BD0E8B69BD46B268BD18D2413DCA2BA13DBBA31DBDEBB825BDC0FA923DD499A53D80A29E3D3077F13C460016BD48C947BDD0557D3D2EDF7F3D86DD4C3D56F6A53D5074C8BCE078133D1FAD9A3DA3ED86BD8B6A443CFB50DCBC0060BDBBE68BFEBCC06727BD005820BC2674F03C4612813D94209DBD279BA4BD0B99063D2B1E99BDFB620BBDD63F323B56F436BC87F680BD0ED87C3D0E79383DE35D583D0BE6DD3CB8506A3D8395763D83232C3D8EEB4C3D0722973D36DD82BD2ED57B3D46691FBDD7628A3D8BA1C3BC96E498BD08563DBD6BC9B03B0ECE60BDD6D049BBAB8AA3B8D455903D2B80FC3CD37E383D8BAB62BC2B6A383D7203A6BD76AA703C300B72BD365458BDE00049BC03A217BD8B5445BC16A3093C761FFFBC606A6ABD66D9F0BCFBF9FFBC0070473A36A3CCBC584D1EBD487342BD00D04CBCE2849EBD667CEC3CF44D933D4BFC603D161B75BD80E7B9BB8E0120BD832BA93DC06C433D0BE1793D40444E3CD6B18ABC5079F33C3C748EBDAB0A8ABB7E399C3DAB98943BAB169BBDC0F31ABD88461FBDAAE5803D5083DC3C568AAC3C40A4423DC0EBA2BC9C21A93D58E06E3D88A57DBD7B03B0BC9EDD2F3D54388ABD260BEDBC40D482BB308E433D204DAF3CABBAE6BBEFE68D3D7B19943D0835043D330227BD5E8A5EBD6831513D6FAE9D3D6AC9A0BDA2DD93BD28B58D3D7EEC513D3B04623D36974BBC8E1BA73D68850EBD681D4A3D8FF7823DFCBA86BD9E25123DC7D3913D00D867B99896AA3D4E8C1EBDAB5CF5BB033E91BD6E5170BD8056A13C9BF6553D407681BD1693B63B36CA723DD658E9BB530E7D3D969C653CDF239BBDB64D233C73173E3DF6FEC53CF8AE643DAB317DBB7BB85C3DE888A3BD460E3E3DBB69AE3C607A5CBC0E28463D46729E3D604ACBBC265740BD002E9EBCF016183D9EF268BD561E65BD16BD193C00A5DFBC43C80FBDD670543D40ACCBBBF29993BD2C47A73DACF892BD6BEA9EBDCB922C3D70B786BC8B6D833C96EC9CBCE0C8F23CAE67983D74E4853D2B860C3B1BE6BDBCA0FBC8BC2B775ABBAB7300BC142F88BD86860C3D7A808C3D5B77493D40EE033C92F0A13D06522EBD2BBB28BD40BAAE3C9627203D5025FC3CC037083D702E833DABFD39BCB3AE2D3D70E43F3D20E06A3D2EBB6ABDD41094BD1B0A92BCFE4F6FBDF818063D163C00BD83CE5B3DDAFE913DB666923C6047E93CEBCE73BC8835A13DAB920B3D86D15BBDF6080EBC5BDC103D0015843B4693533DBBB1553D2BEF25BDF6F0E03CC61C5EBDFBC9CDBC160BFD3CD2D080BD2B7CAEBCA3F61DBD08DF73BDEB24873C16E9E03C261EC5BCCB8C853C468A313D50E1FBBC20D407BCE0B68BBCD68B8B3B3B155ABD68E596BD3E7D8C3D5B0328BDE05F96BD7667553DEAFBA9BDA3CA9DBD6ED449BDDE411DBD8B9AA13DE09E1CBD1610123D7BDDCF3C2E9D7FBD48BC513DA67E453D4276953D8EDA97BD80D0793C38D24A3D281F83BDFE73203D3A4E9C3DE6C3C9BCA001C9BC132838BD2691893DACE6A13D6BC183BC8B625CBC86315F3D5B85EDBCDBE75CBD8B0DAABDE03B853D86B3B13CCE3A7DBDCB2B0A3CDFD8A03DCEE3283D8BBCDABCFBA4F83C9052EF3C78481D3DEB81953B84CCA93D00AD7FBC67F2A33D628A89BDC3F26B3DAB2AE33B1620F0BCEB9AA43B069D64BDB0FBB2BCCBB9F43CB3EE413DBA7E9EBD9601F33BBB1E9F3C004AA93D167949BDEE6B4DBDAC07933DBB4E7CBD18A4243D389C173D8039D7BC06A9F63C2BC98CBBBE40363D7427A03D80B44B3C98E8473D2777A7BD73828DBD6AB1803D2B97663BCBC600BCABD7DA3A40EA8BBD16AF583C3F4F98BDC7078CBD84F1843DF6A68D3DD6AFE6BC93B5523D705D0CBDB36C4A3D2B3DA5BB635D63BD3654A83DC277823D585712BDE82D70BD609686BC3B9A86BC70CCE63C0F09A73DC3CE48BD361AE03C46F9A5BC565970BAA016003CF802003D1076A73C0C1AA43DFBC190BDD648EA3B00A08B3D50FE52BDF01931BD56904ABDAB88BFBA383638BDB072D3BC5F83A2BD788C35BD2070003DE0AC74BDA82408BD002E593CAEE81CBD36EBCBBC4F4682BD3BC7923C4092AA3CA6B3863D57389FBD63869CBD34758ABDC3E510BD4BA6A6BD202B123D0B6FAEBC325C883DC3AB643D7B87B83C2B5AF23C80D1F4BBFBB6CF3C1F68A8BD7E59773DD07777BDC085D43B6B781FBD53F70FBD770686BD9619BEBB108939BDAB4E163D8623FCBC2E2D3BBD1BAC443D407DCEBC1FA3A03D1B67433DC68092BD882DA83DAB70F6BA0B3EDC3C769B3C3C906AA33D96E6F33C7E751C3D2031D4BC2B8E07BC78F1153D9723A43D6B1796BC2CDCA13DEEDA3E3D569079BD807A023C7A4E823D3B2E983C70E040BD98654F3DF8F959BD6337123DB86A9C3D430815BD6E9286BDCE721FBD630F78BD93E6843D4E5B3BBD23BA5B3D20FC6B3DC8009D3D6B6C52BDFB01493DB6251DBCB645283C03421FBD009C8FB900EEAB3AF68F063D438065BD16E189BBB835A43D7B89853CE3A585BDB630A6BC8093E03CE088343C30C84DBD8440A93D46959F3CAB38503D0000F138A60BDB3C6B50D43BB2F3A23D8BC11BBC9EFF593DBB86DEBC37888D3D806F08BBD2C89FBD5B69DB3CEC2A85BDAB7EE53A76EB9F3C16CA1B3C40619E3B2B3DBE3CEE1342BDF0196D3D5006B03CF066A73D1843573D36C8943D1BEE93BD83633E3D1050A63C50A3B63CC00232BDC314173DAB0DC4BCD66D43BB688B7EBD7B8BB8BCE007C4BCB067B6BCE0D7BA3C66B0A3BD6B03003D731D46BDEE162C3DD62944BD8A30803DF0CCCCBCA3C7183DF65743BDF44BA33D1609B23CB037D7BCCE08903DA05F6A3D783D923D38D174BD56A548B9441394BD5003CC3C1ED9283DB62943BD7610923D5EE409BD00DF04BD2BD1653B3EA276BDAB0D5B3D438740BD803744BC8B3B0DBC5624F83CE057243C7CF1A5BDDE8F8ABDE852633DA085463D58991F3D2FCB84BD96535E3CF26681BDFB487EBDC645813D0B5F7A3CE31D5F3D4BFC39BC769B6D3C2B1BB2BB3049A8BDC62AA73C0B170ABD88CA1FBD56808E3ABBA39EBC60C8C33C48484FBD4C29A13D2039A53D90C4A4BD470E933D6647E63C7042D7BC767F643CB6EE5B3D4B6C493D2E83643DBE088D3D8045AC3B685E743D40329E3CC03BE2BBEB462BBCA8BE6CBD",
      torch_tensor_16_torch.float32_8: "0x04000000FDC0413F2B14653FED3D263F4413A63F5D75AE3F851D973FD2EFAC3F920AA33FD62B8E3F94269A3F3644B13F879D7B3F76239F3F83D5983F087E9E3FEFBFA03F",
      torch_tensor_16_torch.float32_9: "0x04000000CB424E3FC2FFBD3F60D41A3F7C5CAA3F1EA3123FFB531C3F4E24773F25409C3FD876413F26309F3FE8E92B3FB159623F988E343F8879503F1811903F44142B3F",
      torch_tensor_16_torch.float32_10: "0x040000006A32D43EA272D0BE26CAFB3EFCB54EBE80C429BE80F73D3EE41FE7BE4473093ECED7D2BED07976BD5EB095BE7CD5E73EA071F2BC482C29BEACEE7BBE2E6CF63E",
      torch_tensor_16_torch.float32_11: "0x04000000CD5D48BE7A2A18BDCDDCD63A4D3292BC9303023D0D895B3DA70840BD7080E0BD93C75ABD38780FBE4D9897BCD35189BD429C093E28440F3EB35E0FBE35FF17BE",
      torch_tensor_32_torch.float32: "0x04000000FC62803F8C6FB13F99E7BF3F7E45663FC240573F07E08C3FB64A583F85380D3F8DE4A43FC0A7473F44D4853FB37F363F4126523FCE56643F4857173F283B9E3F9F16163FC1CA6B3F5598AC3FA3F4673FC680343F0D1C763F3568823F263FA33F6E85683F37FC4E3FFA8FB33FFC88BB3F138BBB3F25351E3F487B6D3F70D19F3F",
      torch_tensor_32_torch.float32_1: "0x04000000C5CA883FECAA9B3F0F65983F4416BA3F36EA093FD6C4B83F2230953FD731533FE8E0B43FB9006A3F8E77843F3E58533F867A253F0E01803FD6EC883F41C9903F24DEA43FCC22853F05FE013F90DEAF3F00FF933F024DA63FB0BF8B3FB804703F92B99F3FD8A43F3F3095843F79F4163F0C9B873FE2A77E3FF228073FA764823F",
      torch_tensor_32_torch.float32_2: "0x04000000484CF3BEAE2588BE2268D0BEE4661B3E8A86BBBE48502BBE706112BE8415A6BEE47D8ABECC0CECBE6029743E20BBF6BD98AD3BBEC6B0ED3E44AC94BE700FB23D2C874BBE9CF76EBEB66BC03E705F11BE2440BFBE70FFE1BD88C268BEB8F32B3E6044C33C8E2795BE901AFB3EC0274E3E3C1BCB3E40BB433D1069263DAC50F03E",
      torch_tensor_32_torch.float32_3: "0x0400000012823EBE40CE11BD676ABC3BC0C83DBD8D9DF03D8A8BCFBDD87A443EA796B93C90C6BCBD8DF32BBD506B913D00CD253E17C2FE3DC7B2C13DDD44D63D228E0C3E33302A3E5060EC3D533D273EAA1C33BE0A09CC3DFB170ABED3C748BDCAD6D63DB21132BE1F781BBECD9D44BE502ACBBD28B70FBEA04DBE3DAACAD6BD9A9853BC",
      torch_tensor_32_torch.float32_4: "0x040000002D4ABC3F8A52BE3F2D513E3F8ED2183F02F8A73FE47D8D3F66AF243F061E5C3F0B841D3F0D6FA33F2A65923FBAEB663F7EE1883F0874AB3F4BAE8E3F4E9BA53F9205713F8BD1363FF6B3733F8467BC3FEE8B343FE690663F4055B63F4C4E583F4A16AC3F12E5BA3F37AD463FF06CAB3F14038B3FE177963FC469AF3F0B3B5D3F",
      torch_tensor_32_torch.float32_5: "0x04000000D917623FC962B33F8A2F6B3F971D583FECA7143F432D983FCC323A3F0ECF743FC22EA23F26480D3FC64B973FA4FD893FF7FC8C3F03C2AE3FFEA38F3F1634963FE27B033FE87EAF3F860A003FF8731E3F7BB08D3F2533B53FB5CC123F1CC8363FAE097C3F30AA963F2DAC953FD693BC3F415E733FD6C13F3FD9A27E3FD47F0B3F",
      torch_tensor_32_torch.float32_6: "0x040000002CBBFC3EA42F7DBEC02CB6BEC0CA8FBD5439E4BEFC9E4CBE304C46BD6CA2CB3E64357CBEE468F6BE5E6999BEBE06DD3EF445D6BEDAA4CBBE00EF72BD082CAFBD1698E53E8093F73CE010B43EC4536BBE701F50BDF054BF3DF63DD63E02949ABE8656E53E5494CDBE2C0D6DBE10D3D23EB207FABE0097113E2CE6EFBE00EBC33B",
      torch_tensor_32_torch.float32_7: "0x04000000C3230F3E8DF389BD336925BDE5C74CBEE78A1C3CFAA6163DA7E796BD500C38BECDC6CD3CCD00BBBCEADF9A3D2DC250BD0DCFB7BD07418CBD0070393B78950DBE48F74B3EFA4D96BDC0D609BE63F8EF3D47AC383DE744F1BDE785033D67B47A3DC0C73FBDBA395A3D6794EB3BCD3C8EBD806C113E3AD9E9BD589F37BE3FB005BE",
      torch_tensor_32_16_1_1_torch.float32: "0x04000000C838F23D5AB533BEE41AACBD1CE8D2BD3815F0BD200BFD3D00EC223CB4057FBE188987BDEE6D56BEA0DDAD3D80228DBBA047E23D40804BBE40B274BD0014E13908896F3DB4D61BBE08BE79BD001000B90E0525BE5082C03DB89A45BD94E8E53D464A6DBE30DEB6BDAA6A63BEA474CF3DA6E5293E6CA85CBE885585BD80CCAB3BFCFE41BE043B463E0C18063EE456BEBDAE1244BEC2B34C3EDC883BBED81E4D3E62EB75BEF0537F3D18CBBE3DE8823CBDBCD9CE3DD0FECB3D8C14FA3D14C4F9BDEC6F753EBA1D383EC004D5BBF0DE0F3E347BBFBD70CBA63C28FAC1BD709AAD3D1A0C133EC021CDBDAA471C3E1E46483E660717BE00113D3DF0FBCF3D56EA043E2A3716BE581D173E08D077BEACFC2B3E88B83BBEE09E7F3D2CEBAF3D8026203D4C4AB2BDFE164CBEB0B37BBD947ACE3DAA4908BE148F40BE30E7743E4EEC693E68A3553EF0F091BD7AAF4F3E149573BEAE06713E5C8C16BEC80BB0BDF027DE3C840DB1BDC82E1C3DF0BDF93CE439793E466716BE24DBCDBDC268173E96A07B3E4080BD3B48826CBE52EC18BE6059573EBC20DE3DE0E2D6BC4080983DBEF36BBEE0E897BCD0E81ABD129135BE1000D7BCD8DF253DFEB179BEC4F89F3D921E733E00F7D53AC022AB3B581269BEF6C4243E401AAEBDDC85DD3DF42DE43D6E2D073EECBFA8BD7CC921BE90E6C6BDBCE531BE0C07303E0004AABC3618283EF423F13DF0DA053ECE531A3E94888B3D2A84753EE0B9FBBC8841E53DDEE960BE600EAA3C584B8A3D804BF5BB64D9783EF601483E520E6A3E884EA83DE87451BE30A4F83D88F5CE3D665B6F3E34E16F3ED0E4503D4428BA3D00A1D8BA3839FE3DA84985BDB07DF4BD1061AEBDF4D9F53D00C0683EBA88233E0089EBBC709BC5BC207D753EBC04D43D16A8363ECC3F14BE8EE90C3E483F2B3E982293BD28CF023D2861083D0AF0293E10B0CBBD1ACD0CBE74B1C83DB09D743D96A31CBEB81F79BDC88CCA3D9CA0A83D80AABFBD348B293E60B18C3DDA58423EE2D67A3EEC3CFBBD9AFC16BEAAC266BE841E65BE1810AA3D4E761BBE7E4D2B3EC0B7AD3C88497DBEB4F13B3E7A8C373E801BD8BB2495043E2C1C7B3E34D8673E7C40F0BDD83D0C3D40F48ABDCE6E6A3EF8CE68BD74C6FC3D02C82F3E6C1B9DBD84B3693E3C65B5BD2CC9553ED8F084BD74BAF2BD36E34EBE68E654BE88CAECBD9458FE3D3850493EFCDDFABDC0AFC23D2CE9413E644647BE6E5835BE982BA9BD6CDCB3BDC0DD453C3A3E693E5EFD783E10DE8E3C3657073EF2402E3E90A3FD3DC03AB93B5042BFBCEA1566BE541BA7BD44D33B3E2EAE473E2092BEBCF857CABD80B20D3DC4F59E3DA0800CBD74D51BBEC0000F3DA066A2BD4038743CD2AA20BE28414A3DA49D4B3E70D7C4BC987BC63D74CAC6BDC00CD1BC00D8ADB9A0B71D3EE88C06BD72266FBEE093143DC0B2F43C8094D13C000485BD7028453E70C72B3E3E5A133EC0472B3C046A053E1C9DAD3D38B8333ED8115EBDC44BB1BD3AF8633E18EA0F3EA86663BE6CE1CDBD76DD523E2868C9BD5C08A83D74AE093E0091D3BA8089763E581DF53D30D7C2BD00F2D2BD6C92B7BD30A3343E2220323EB23F313EE2001D3EA83A7CBD20A785BCA045D4BC08A91ABD428B593E28BA94BDA08ADCBD120F03BE204A39BE082140BEB86997BD703F5CBDC8C99F3D0A524FBE600EBD3DAC8486BD5E5749BE28B876BE307CCEBC98172B3DB462483E08594D3DFED51BBE38F56ABD2A9D77BEB483BF3D1C467A3EFC8ACD3DF002B23C5048A03C5A4B2EBE406302BC909F553DC8FD06BDB6BE233E8ABD3C3E50BB35BD14E9A2BD9E7F713E64B5F6BDCAD10E3EE049443C9C633ABE1CC4D53D88F6473E8EB2343EF2E8403E54F4D4BDE60E1A3E38794E3E448310BE4010ACBCACCE82BDC49C2D3E68F9693EC0CB9FBCE4A7753ED84BA6BD206D35BEC490C2BD601712BDDC48923DB2C909BECCD961BE166D0B3E3483E73D08DFD13DB48DC5BDB0414CBE48582A3D603397BCF072FFBD241050BE02F0323E20CE7D3CAC93A63DF0D0623D8493F2BD48D2BB3D7C704A3EECD4BB3DB014743E7CDE443E60D6EF3D003A8ABA70B6F63D40DD76BC66D231BE385D493E14CD9FBD7C9788BD0080A5BB92F12E3E2A341FBE3E89643EFA3B75BE542A30BE88056C3EC46AC43D3C65B6BD9859523E0EF84FBEC0B1133C3ECC1B3E7867C1BD0CC0963D380E84BD8E91643E00F1263B4A780CBED04B1FBDC419ECBDA059133E303A20BD081157BE422B66BE88CD2BBD4EA87B3E78B624BEC0F8A03D6EAF4D3EAC13373E4C501EBE180F3B3E2022DEBD182F243EEC4759BE1EFE36BEA4D24E3EECB0323EAC9678BE183037BD506ED8BCC05CC73C7ABD76BE1C24B53D4886553DCE3F733EE82D64BE283C263E0AAD2D3E20FDC7BC3ED1553E2CC8623E60ADA93C8C9A9CBD5C65083EDCF01BBE7838EA3D4A57513EF6D2113E9034CCBC14D890BD303597BD3CE41D3EE4126A3E60E012BD96E332BE989A413D7860FEBD20964BBE0446BB3D80F375BD4061CBBDBC80473EA09B39BD001F67BD96DB00BED03FB33D080661BE00B5E5BA984B05BDB4600CBEF0669C3DB6E27F3EB8B53A3E1AB224BE0A0A7F3EE0379A3DAC6C693EA06831BDC0326FBDC80C933D7428D4BD701E403D1C8CF6BD8298713ECCFE823DE0AEF23CD8E10ABEB89F20BEA2C31ABE68DD41BEF4F798BD70943D3E78CD0D3D2652653EEED2693E1CADDB3D6697743EC83C06BE40FE19BCA8E3363E124B703E80C9393DE09D3FBE00A3093EE8A23B3D78D13C3E8210773E0E542ABEF6B3123E407C42BDF0DEA63D3068F2BC02E822BE2AD076BEBCC6E63DE847DA3D62910E3EC86879BD20A68F3CB01B2F3EC8D3513DB88077BDF43B393E",
      torch_tensor_32_torch.float32_8: "0x04000000C16B623F95AE6C3F8C0F873F7E689B3FD4DE9A3FF8764F3FB5962C3FBE8EB83F3CB2603FDC7B803FAE39A03FC4AEB33FD6F2263F6AAC863FD83B653FEDCD893FCE14023F5D96093F74115F3F6A74B63F8786993FCACE8E3F16F7A73FCE7EA93F34BD953F57EBAC3FAE6D363F331D1B3F3151593FEF39603FDDDF653F3F9D513F",
      torch_tensor_32_torch.float32_9: "0x040000000EBD313F82852F3F60F3B93FC9E2B03F011D043F113EB13FAD25AC3FCEA78A3F9AB4983F1687493F8A979E3F46C2753FD0D0973FB0E46D3F88C1933F579C523F5CD9A83F77A5A63FBA918B3FB6239C3FF3A0283F8F876B3F0D073F3F4CD6923FBD57A43F1472BF3F1676A33F6ABCB83F12C9B73F4741103F72FEBB3FB2B6963F",
      torch_tensor_32_torch.float32_10: "0x0400000004D5913E2821F53E8CFC873EE4BC40BE00CF6FBD801580BB80C308BC061D803EE22BE0BE5EC8D63E687DE1BD9894C43E5C58AC3E8C73F4BEB8CC383E66F6A93EEE3E933E484A19BE7EE1973E40C5133DF87BA2BD5AFC86BEB843513E6C841ABE289747BE2C2ACB3EF0A4D5BED475023EE60FD63E5AABB7BE003C3FBB48401A3E",
      torch_tensor_32_torch.float32_11: "0x040000009A975C3CC38F4CBE2D5D533D239CA73D180F0F3E7D6EC6BDE072F13D87DC70BD0390C4BDCDDB62BCB75BD3BDEA5EF4BD80B5A13D13036EBD832DA7BD3BCB2E3E7AA3C33DF79C2A3E6B2037BEF72A80BDCA10223E3DADE4BD67B352BC4D6A42BDA77050BD9A07D7BD67B5ACBC00BCD03DFBDC0BBE1AFBB0BDB3ABF4BCAD9A223E",
      torch_tensor_32_torch.float32_12: "0x04000000E9EB2B3F329A183FBC67A03F6B529A3FB7FF433F88E15C3F7E74803FDDCA033F5AAA283FB6929B3F9357753F2891823FACE5AD3F5B86063F769CA13F8A0D9D3FE7E1223FF9422B3F9B2C973F402C443FE58CB63F5FE2273F335C7F3FD418893FA357643F57E1933F236B503F3570613F8B02043F98A09E3FDD8BB83F8267543F",
      torch_tensor_32_torch.float32_13: "0x04000000E3FBBD3FBBAA533F2C2FBF3FE2F6453FD860B83F665CAF3F38612D3FEBCD1D3FB3403E3FBB1BAD3FB4C3AE3F4A1EAF3F02D42E3F51C0733FE02A2C3FC9094F3F94DD6A3F7848A03F71CBBB3FB45E0F3F8F2A6C3F07A9523F799FB13F05CB113F93323D3F40D3BD3FE0987F3FF6C7AE3FB7B2503F33D0263FFF90AB3F3C14743F",
      torch_tensor_32_torch.float32_14: "0x040000008C86A3BE041CDABEF4BB043E465DEE3EACB58D3E184131BED06B513DD49F3E3ED848413EE44D4DBE982E6D3E24BC21BED448E43E9ABCD33EF4D1E4BECE62B03EF09644BD405C9BBD089887BE88C1D43D6048093E80A2C83E400146BC801B873D482D533E5299E93E98C500BEDCF274BE2A0FCFBED0EF83BE880E61BE30AEC63D",
      torch_tensor_32_torch.float32_15: "0x04000000CDA818BDB35E483ED75B9DBD701B13BEEA14E0BD20BF23BD5095E33DA7AF143E72D9233E4014F7BC1A51A83DDA72C73C1D408BBD9A99D33B7D26D33D5A6A97BC258D293E48E6413E0DC136BD73D35D3DDF7A3A3EF382E13C90D6083E9D55B6BDCD5343BE3341353B0AD7DD3D736B863C3B303BBE70A1A5BD4237453E9585123E",
      torch_tensor_32_torch.float32_16: "0x04000000C15B6D3F6E20843F5218A03FBF9F743FDBF9663F812EA93F5DD5A23F97487E3FCD61B53FC27EBC3F5740B53FF0B1B83F526EA73F35848B3F0C1D7A3F6E2F2C3F7AC4853FEA24B53F2C583F3F95D1B43F668FBB3F783A8D3F1496AE3F54CF0E3FC6849D3FC292833F5A3C973F216C5A3FE2098D3F2199BB3FBD7F8E3F0E13AA3F",
      torch_tensor_32_torch.float32_17: "0x04000000C1C06C3FF2E8653F16F22A3F8C3EB03FC4AFBF3F42E7943F5926BC3FCD9B603FD64A813FBD040F3F56C3B43F9B4B703FFD837D3FF7A7813FE2323A3F38D7033FB4396B3F0790053FECF08C3F2C42623F8126AB3FCDC44D3F70BD103F2DDEB23FA516383F0CD7873F9CF3503FF42AB93F420C963F8652933F2EEE973F3ED9883F",
      torch_tensor_32_torch.float32_18: "0x04000000608767BEDC1A8DBE92678BBE00CEE6BC64161CBEA019B2BC88569DBDC612C03E027787BE2CA4E93E50F61BBE58689DBD5464043EB8CE48BE00CB2BBE3E7786BEF245FBBE3AD186BE78189F3E7C61BBBEF0C4CD3E02FCA23E9E4C883E1036483E226BF7BEB85AF73E660DA3BEE8DEDA3ED2CCA9BEC0B228BDF8ED6C3EC8677E3E",
      torch_tensor_32_torch.float32_19: "0x040000004DDA48BEF300F53C007CDA3A107DD9BD9DE7F1BD739EA3BC1A46CEBDA7DD2F3D4DD117BC1A0F24BDC52B1F3E9B19073E501D95BDC8AB1FBE309FCC3D6F7C023EC0308B3C33AD20BBAD4ACA3DF395BA3C4048813D25103C3E7D2DECBD8DA2C23C135C243EDAAE47BDCDCDC83DC322AABD45ED213EFAEB0EBE5A0257BD6A37B3BD",
      torch_tensor_10_32_torch.float32: "0x04000000803FA33D7AB220BDAF0A32BEE14CC93BC3A6713D866120BE58856EBD4706233E9742223E01A446BD298C0ABEEF6B113EADB5993D40E8C6BD566924BE78240B3EA9EACCBD509BDA3DB2529C3D1C1D1ABD106B9DBD9E6E323E3656113D3ADD22BE70742BBDE7A1AB3D0A950C3E32D885BD392126BD6036B83D2CC59C3D19B6CBBDFABCB0BCCCF0B6BDCB6EA0BC3A4D18BD1F8B2D3EC8C75F3DC00E76BDCFD3053D91CA2C3CBCD40A3EA9981DBE58D613BE5CBFA43D5BDA1EBE106216BE30FDCABC03A5153E0DD3023D75C7053D800B98BDAA0897BD4C26E3BCE8AB3B3DAA25B3BC0B94DCBD5C7C6CBB571D5CBB888ADA3D824B023EAD8204BE863035BC84E107BE69881F3D61DBB13DD0338CBCE75387BD3869EB3D92E4FB3D90D809BE7E6FD6BD3CC738BDD735CE3D70162BBE8AD822BB1AA4B13DC997B1BCDC86AC3DB36914BEB69F213DF485AA3D7BC023BEC8D889BDDE1E17BE781374BD12C31FBED3D1E73D28CE953DD74AB33D63D091BD2F96BBBDE069053DE842C4BDC659D8BD9CFCEABDD2E2B03D0AFDCBBD9C81F63DD328B7BD7D55213ED2C121BEE0369ABC04D7FA3BCDD68CBD403C25BEC63C1FBD186C133E736A02BE1EC05A3C823D293EF4E5233EA39E63BCF1B0593D957FB43DF60B123D8C49D33D96E385BD03B6EABD07A08B3DF35997BD65DD733D1AF313BE46A8B4BDD1419E3CEBE1A9BD4DB5603D52143B3D2B25F6BD645103BE6C0DC23DB2498FBB07B4C5BDEEFF133DD8C8DABD24CA0FBED10CDD3DB9F02B3E3D26853D467AE3BDE65D11BE563A073DBCA0CA3CBAACC53D452DEDBD21E0033D8E01C03CD848A03D39C7813D7AEB98BD02DD54BD9EBEFB3DEFF62DBDD5A0093D39B20D3E1262EFBD982841BD56162D3D4D39B23D44028D3DB9EFFABDE364163EA1E0CE3D49159FBBD73533BE021DB0BD6EB595BDE9C3CFBC4E9428BEED23F5BDBEB4E13D5900DE3DE9029BBD7D6E99BD6DC1253E751B293EEF99CBBD9E630A3DF95DED3D4A42ABBD8F6C423D293426BD1D08AC3C6D7BED3DF7AF16BD7583AABDC3F6C93DE723263EE197A93D97A64E3D617C9FBD926BB93DA414B73D9790A03D84C9693842070B3E42F201BED9EA8BBB909E0E3E64F212BD9344963D1F3CD33C862D21BEAB84963D200F72BD6E61413D60F699BD369227BE03E000BC46F111BE84D2D13D3E048B3DC54517BE10E50EBE8E0B17BE6EDC25BE858F1C3CF457E8BDCB48B8BD54BE273C790D883C56F550BD085AAF3D861DA4BDCCDA263D3244563D8DFBDB3D0D5BFA3D966DD33D7F25683D6E96C3BD076829BD4F2E8EBD8559CDBD7E3CCC3DF63DFA3DDFA119BE5FD69ABC862A1D3EA05330BE27B324BEE98B0ABE81987EBD10C580BDED61BBBDE4392D3E2E20E03D5664043C7B6E833C491801BE3BE8AABCF7DBD03C374A433C580DECBA74646C3D332711BE14C4A63D4481A0BA332D9C3DD6549FBD8DCA893CB32415BE38411C3EB24F00BE2329FEBA701F9BBD3472E2BDA6E51F3EBDC928BEF66305BE77C4323E9A6E27BC1A5032BEE2C2EEBCBF42D23DE0F102BDB096C43D1D5D253D3F7B1B3E8A3F853C5643CFBD07D7F83CCA6EF1B8B652D63DF295B63D84EB0C3E045905BE02BADC3D503DD4BD03EB85BB32D7293E7A4E83BD2BC3B8BDE0A5DABDB50BD33DFFBD9BBCFC509E3D505BE23DF3F29F3DAC94AEBD5489B83DA17131BE30E3193E1F6C08BEEBC93EBD11CAC4BDA39A673CCE080E3E638707BE367B09BE7587743C783BE6BC77E732BE49D4B33DF19838BDF01CAABCAD8BD0BD1C5489BBC002EC3D4585023B",
      torch_tensor_10_torch.float32: "0x0400000000600F3EB077C8BC1ACC3FBD2B0D7D3DEE30A3BB48FE333E6E0BCD3D46E6313C4586C2BD8691ACBD"
    }
  }
#-}
