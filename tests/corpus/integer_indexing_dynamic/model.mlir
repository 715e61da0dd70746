module {
  func.func @main(%arg0: !torch.vtensor<[?,16],f32>, %arg1: !torch.vtensor<[?,4],si64>, %arg2: !torch.vtensor<[?,16],i1>) -> (!torch.vtensor<[?,4],f32>, !torch.vtensor<[?,8],f32>, !torch.vtensor<[?,16],f32>, !torch.vtensor<[?,16],si64>, !torch.vtensor<[?],si64>, !torch.vtensor<[?,16],i1>, !torch.vtensor<[4],i1>) attributes {torch.assume_strict_symbolic_shapes} {
    %0 = torch.symbolic_int "s31" {min_val = 1, max_val = 64} : !torch.int
    torch.bind_symbolic_shape %arg0, [%0], affine_map<()[s0] -> (s0, 16)> : !torch.vtensor<[?,16],f32>
    torch.bind_symbolic_shape %arg1, [%0], affine_map<()[s0] -> (s0, 4)> : !torch.vtensor<[?,4],si64>
    torch.bind_symbolic_shape %arg2, [%0], affine_map<()[s0] -> (s0, 16)> : !torch.vtensor<[?,16],i1>
    %int0 = torch.constant.int 0
    %1 = torch.aten.size.int %arg2, %int0 : !torch.vtensor<[?,16],i1>, !torch.int -> !torch.int
    %int0_0 = torch.constant.int 0
    %2 = torch.aten.lt.Scalar %arg1, %int0_0 : !torch.vtensor<[?,4],si64>, !torch.int -> !torch.vtensor<[?,4],i1>
    torch.bind_symbolic_shape %2, [%0], affine_map<()[s0] -> (s0, 4)> : !torch.vtensor<[?,4],i1>
    %int16 = torch.constant.int 16
    %3 = torch.aten.ge.Scalar %arg1, %int16 : !torch.vtensor<[?,4],si64>, !torch.int -> !torch.vtensor<[?,4],i1>
    torch.bind_symbolic_shape %3, [%0], affine_map<()[s0] -> (s0, 4)> : !torch.vtensor<[?,4],i1>
    %4 = torch.aten.logical_or %2, %3 : !torch.vtensor<[?,4],i1>, !torch.vtensor<[?,4],i1> -> !torch.vtensor<[?,4],i1>
    torch.bind_symbolic_shape %4, [%0], affine_map<()[s0] -> (s0, 4)> : !torch.vtensor<[?,4],i1>
    %5 = torch.aten.logical_not %4 : !torch.vtensor<[?,4],i1> -> !torch.vtensor<[?,4],i1>
    torch.bind_symbolic_shape %5, [%0], affine_map<()[s0] -> (s0, 4)> : !torch.vtensor<[?,4],i1>
    %6 = torch.aten.mul.Tensor %arg1, %5 : !torch.vtensor<[?,4],si64>, !torch.vtensor<[?,4],i1> -> !torch.vtensor<[?,4],si64>
    torch.bind_symbolic_shape %6, [%0], affine_map<()[s0] -> (s0, 4)> : !torch.vtensor<[?,4],si64>
    %7 = torch.aten.any %4 : !torch.vtensor<[?,4],i1> -> !torch.vtensor<[],i1>
    %int1 = torch.constant.int 1
    %false = torch.constant.bool false
    %8 = torch.aten.gather %arg0, %int1, %6, %false : !torch.vtensor<[?,16],f32>, !torch.int, !torch.vtensor<[?,4],si64>, !torch.bool -> !torch.vtensor<[?,4],f32>
    torch.bind_symbolic_shape %8, [%0], affine_map<()[s0] -> (s0, 4)> : !torch.vtensor<[?,4],f32>
    %int4 = torch.constant.int 4
    %9 = torch.aten.mul.int %1, %int4 : !torch.int, !torch.int -> !torch.int
    %10 = torch.prim.ListConstruct %9 : (!torch.int) -> !torch.list<int>
    %11 = torch.aten.view %arg1, %10 : !torch.vtensor<[?,4],si64>, !torch.list<int> -> !torch.vtensor<[?],si64>
    torch.bind_symbolic_shape %11, [%0], affine_map<()[s0] -> (s0 * 4)> : !torch.vtensor<[?],si64>
    %int0_1 = torch.constant.int 0
    %12 = torch.aten.lt.Scalar %11, %int0_1 : !torch.vtensor<[?],si64>, !torch.int -> !torch.vtensor<[?],i1>
    torch.bind_symbolic_shape %12, [%0], affine_map<()[s0] -> (s0 * 4)> : !torch.vtensor<[?],i1>
    %int20 = torch.constant.int 20
    %13 = torch.aten.ge.Scalar %11, %int20 : !torch.vtensor<[?],si64>, !torch.int -> !torch.vtensor<[?],i1>
    torch.bind_symbolic_shape %13, [%0], affine_map<()[s0] -> (s0 * 4)> : !torch.vtensor<[?],i1>
    %14 = torch.aten.logical_or %12, %13 : !torch.vtensor<[?],i1>, !torch.vtensor<[?],i1> -> !torch.vtensor<[?],i1>
    torch.bind_symbolic_shape %14, [%0], affine_map<()[s0] -> (s0 * 4)> : !torch.vtensor<[?],i1>
    %15 = torch.aten.logical_not %14 : !torch.vtensor<[?],i1> -> !torch.vtensor<[?],i1>
    torch.bind_symbolic_shape %15, [%0], affine_map<()[s0] -> (s0 * 4)> : !torch.vtensor<[?],i1>
    %16 = torch.aten.mul.Tensor %11, %15 : !torch.vtensor<[?],si64>, !torch.vtensor<[?],i1> -> !torch.vtensor<[?],si64>
    torch.bind_symbolic_shape %16, [%0], affine_map<()[s0] -> (s0 * 4)> : !torch.vtensor<[?],si64>
    %17 = torch.aten.any %14 : !torch.vtensor<[?],i1> -> !torch.vtensor<[],i1>
    %18 = torch.vtensor.literal(dense_resource<torch_tensor_20_8_torch.float32> : tensor<20x8xf32>) : !torch.vtensor<[20,8],f32>
    %int0_2 = torch.constant.int 0
    %19 = torch.aten.index_select %18, %int0_2, %16 : !torch.vtensor<[20,8],f32>, !torch.int, !torch.vtensor<[?],si64> -> !torch.vtensor<[?,8],f32>
    torch.bind_symbolic_shape %19, [%0], affine_map<()[s0] -> (s0 * 4, 8)> : !torch.vtensor<[?,8],f32>
    %int4_3 = torch.constant.int 4
    %int8 = torch.constant.int 8
    %20 = torch.prim.ListConstruct %1, %int4_3, %int8 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %21 = torch.aten.view %19, %20 : !torch.vtensor<[?,8],f32>, !torch.list<int> -> !torch.vtensor<[?,4,8],f32>
    torch.bind_symbolic_shape %21, [%0], affine_map<()[s0] -> (s0, 4, 8)> : !torch.vtensor<[?,4,8],f32>
    %int1_4 = torch.constant.int 1
    %22 = torch.prim.ListConstruct %int1_4 : (!torch.int) -> !torch.list<int>
    %false_5 = torch.constant.bool false
    %none = torch.constant.none
    %23 = torch.aten.sum.dim_IntList %21, %22, %false_5, %none : !torch.vtensor<[?,4,8],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[?,8],f32>
    torch.bind_symbolic_shape %23, [%0], affine_map<()[s0] -> (s0, 8)> : !torch.vtensor<[?,8],f32>
    %int0_6 = torch.constant.int 0
    %none_7 = torch.constant.none
    %none_8 = torch.constant.none
    %none_9 = torch.constant.none
    %false_10 = torch.constant.bool false
    %int1_11 = torch.constant.int 1
    %24 = torch.aten.full_like %arg0, %int0_6, %none_7, %none_8, %none_9, %false_10, %int1_11 : !torch.vtensor<[?,16],f32>, !torch.int, !torch.none, !torch.none, !torch.none, !torch.bool, !torch.int -> !torch.vtensor<[?,16],f32>
    torch.bind_symbolic_shape %24, [%0], affine_map<()[s0] -> (s0, 16)> : !torch.vtensor<[?,16],f32>
    %int0_12 = torch.constant.int 0
    %25 = torch.aten.lt.Scalar %arg1, %int0_12 : !torch.vtensor<[?,4],si64>, !torch.int -> !torch.vtensor<[?,4],i1>
    torch.bind_symbolic_shape %25, [%0], affine_map<()[s0] -> (s0, 4)> : !torch.vtensor<[?,4],i1>
    %int16_13 = torch.constant.int 16
    %26 = torch.aten.ge.Scalar %arg1, %int16_13 : !torch.vtensor<[?,4],si64>, !torch.int -> !torch.vtensor<[?,4],i1>
    torch.bind_symbolic_shape %26, [%0], affine_map<()[s0] -> (s0, 4)> : !torch.vtensor<[?,4],i1>
    %27 = torch.aten.logical_or %25, %26 : !torch.vtensor<[?,4],i1>, !torch.vtensor<[?,4],i1> -> !torch.vtensor<[?,4],i1>
    torch.bind_symbolic_shape %27, [%0], affine_map<()[s0] -> (s0, 4)> : !torch.vtensor<[?,4],i1>
    %28 = torch.aten.logical_not %27 : !torch.vtensor<[?,4],i1> -> !torch.vtensor<[?,4],i1>
    torch.bind_symbolic_shape %28, [%0], affine_map<()[s0] -> (s0, 4)> : !torch.vtensor<[?,4],i1>
    %29 = torch.aten.mul.Tensor %arg1, %28 : !torch.vtensor<[?,4],si64>, !torch.vtensor<[?,4],i1> -> !torch.vtensor<[?,4],si64>
    torch.bind_symbolic_shape %29, [%0], affine_map<()[s0] -> (s0, 4)> : !torch.vtensor<[?,4],si64>
    %30 = torch.aten.any %27 : !torch.vtensor<[?,4],i1> -> !torch.vtensor<[],i1>
    %int1_14 = torch.constant.int 1
    %31 = torch.aten.scatter_add %24, %int1_14, %29, %8 : !torch.vtensor<[?,16],f32>, !torch.int, !torch.vtensor<[?,4],si64>, !torch.vtensor<[?,4],f32> -> !torch.vtensor<[?,16],f32>
    torch.bind_symbolic_shape %31, [%0], affine_map<()[s0] -> (s0, 16)> : !torch.vtensor<[?,16],f32>
    %int1_15 = torch.constant.int 1
    %int0_16 = torch.constant.int 0
    %int1_17 = torch.constant.int 1
    %int1_18 = torch.constant.int 1
    %32 = torch.aten.slice.Tensor %arg1, %int1_15, %int0_16, %int1_17, %int1_18 : !torch.vtensor<[?,4],si64>, !torch.int, !torch.int, !torch.int, !torch.int -> !torch.vtensor<[?,1],si64>
    torch.bind_symbolic_shape %32, [%0], affine_map<()[s0] -> (s0, 1)> : !torch.vtensor<[?,1],si64>
    %int0_19 = torch.constant.int 0
    %33 = torch.aten.lt.Scalar %32, %int0_19 : !torch.vtensor<[?,1],si64>, !torch.int -> !torch.vtensor<[?,1],i1>
    torch.bind_symbolic_shape %33, [%0], affine_map<()[s0] -> (s0, 1)> : !torch.vtensor<[?,1],i1>
    %int16_20 = torch.constant.int 16
    %34 = torch.aten.ge.Scalar %32, %int16_20 : !torch.vtensor<[?,1],si64>, !torch.int -> !torch.vtensor<[?,1],i1>
    torch.bind_symbolic_shape %34, [%0], affine_map<()[s0] -> (s0, 1)> : !torch.vtensor<[?,1],i1>
    %35 = torch.aten.logical_or %33, %34 : !torch.vtensor<[?,1],i1>, !torch.vtensor<[?,1],i1> -> !torch.vtensor<[?,1],i1>
    torch.bind_symbolic_shape %35, [%0], affine_map<()[s0] -> (s0, 1)> : !torch.vtensor<[?,1],i1>
    %36 = torch.aten.logical_not %35 : !torch.vtensor<[?,1],i1> -> !torch.vtensor<[?,1],i1>
    torch.bind_symbolic_shape %36, [%0], affine_map<()[s0] -> (s0, 1)> : !torch.vtensor<[?,1],i1>
    %37 = torch.aten.mul.Tensor %32, %36 : !torch.vtensor<[?,1],si64>, !torch.vtensor<[?,1],i1> -> !torch.vtensor<[?,1],si64>
    torch.bind_symbolic_shape %37, [%0], affine_map<()[s0] -> (s0, 1)> : !torch.vtensor<[?,1],si64>
    %38 = torch.aten.any %35 : !torch.vtensor<[?,1],i1> -> !torch.vtensor<[],i1>
    %int1_21 = torch.constant.int 1
    %float-1.000000e00 = torch.constant.float -1.000000e+00
    %39 = torch.aten.scatter.value %arg0, %int1_21, %37, %float-1.000000e00 : !torch.vtensor<[?,16],f32>, !torch.int, !torch.vtensor<[?,1],si64>, !torch.float -> !torch.vtensor<[?,16],f32>
    torch.bind_symbolic_shape %39, [%0], affine_map<()[s0] -> (s0, 16)> : !torch.vtensor<[?,16],f32>
    %40 = torch.aten.bitwise_not %arg2 : !torch.vtensor<[?,16],i1> -> !torch.vtensor<[?,16],i1>
    torch.bind_symbolic_shape %40, [%0], affine_map<()[s0] -> (s0, 16)> : !torch.vtensor<[?,16],i1>
    %float0.000000e00 = torch.constant.float 0.000000e+00
    %int6 = torch.constant.int 6
    %int0_22 = torch.constant.int 0
    %cpu = torch.constant.device "cpu"
    %none_23 = torch.constant.none
    %41 = torch.aten.scalar_tensor %float0.000000e00, %int6, %int0_22, %cpu, %none_23 : !torch.float, !torch.int, !torch.int, !torch.Device, !torch.none -> !torch.vtensor<[],f32>
    %42 = torch.aten.where.self %40, %41, %arg0 : !torch.vtensor<[?,16],i1>, !torch.vtensor<[],f32>, !torch.vtensor<[?,16],f32> -> !torch.vtensor<[?,16],f32>
    torch.bind_symbolic_shape %42, [%0], affine_map<()[s0] -> (s0, 16)> : !torch.vtensor<[?,16],f32>
    %int2 = torch.constant.int 2
    %43 = torch.aten.mul.Scalar %arg0, %int2 : !torch.vtensor<[?,16],f32>, !torch.int -> !torch.vtensor<[?,16],f32>
    torch.bind_symbolic_shape %43, [%0], affine_map<()[s0] -> (s0, 16)> : !torch.vtensor<[?,16],f32>
    %44 = torch.aten.where.self %arg2, %arg0, %43 : !torch.vtensor<[?,16],i1>, !torch.vtensor<[?,16],f32>, !torch.vtensor<[?,16],f32> -> !torch.vtensor<[?,16],f32>
    torch.bind_symbolic_shape %44, [%0], affine_map<()[s0] -> (s0, 16)> : !torch.vtensor<[?,16],f32>
    %none_24 = torch.constant.none
    %none_25 = torch.constant.none
    %int11 = torch.constant.int 11
    %cpu_26 = torch.constant.device "cpu"
    %int0_27 = torch.constant.int 0
    torch.aten._assert_tensor_metadata %arg2, %none_24, %none_25, %int11, %cpu_26, %int0_27 : !torch.vtensor<[?,16],i1>, !torch.none, !torch.none, !torch.int, !torch.Device, !torch.int
    %int4_28 = torch.constant.int 4
    %none_29 = torch.constant.none
    %none_30 = torch.constant.none
    %none_31 = torch.constant.none
    %false_32 = torch.constant.bool false
    %none_33 = torch.constant.none
    %45 = torch.aten._to_copy %arg2, %int4_28, %none_29, %none_30, %none_31, %false_32, %none_33 : !torch.vtensor<[?,16],i1>, !torch.int, !torch.none, !torch.none, !torch.none, !torch.bool, !torch.none -> !torch.vtensor<[?,16],si64>
    torch.bind_symbolic_shape %45, [%0], affine_map<()[s0] -> (s0, 16)> : !torch.vtensor<[?,16],si64>
    %int-1 = torch.constant.int -1
    %none_34 = torch.constant.none
    %46 = torch.aten.cumsum %45, %int-1, %none_34 : !torch.vtensor<[?,16],si64>, !torch.int, !torch.none -> !torch.vtensor<[?,16],si64>
    torch.bind_symbolic_shape %46, [%0], affine_map<()[s0] -> (s0, 16)> : !torch.vtensor<[?,16],si64>
    %int-1_35 = torch.constant.int -1
    %false_36 = torch.constant.bool false
    %47 = torch.aten.argmax %42, %int-1_35, %false_36 : !torch.vtensor<[?,16],f32>, !torch.int, !torch.bool -> !torch.vtensor<[?],si64>
    torch.bind_symbolic_shape %47, [%0], affine_map<()[s0] -> (s0)> : !torch.vtensor<[?],si64>
    %int0_37 = torch.constant.int 0
    %48 = torch.aten.gt.Scalar %arg0, %int0_37 : !torch.vtensor<[?,16],f32>, !torch.int -> !torch.vtensor<[?,16],i1>
    torch.bind_symbolic_shape %48, [%0], affine_map<()[s0] -> (s0, 16)> : !torch.vtensor<[?,16],i1>
    %49 = torch.aten.bitwise_and.Tensor %48, %arg2 : !torch.vtensor<[?,16],i1>, !torch.vtensor<[?,16],i1> -> !torch.vtensor<[?,16],i1>
    torch.bind_symbolic_shape %49, [%0], affine_map<()[s0] -> (s0, 16)> : !torch.vtensor<[?,16],i1>
    %int1_38 = torch.constant.int 1
    %int1_39 = torch.constant.int 1
    %50 = torch.aten.add.Scalar %8, %int1_38, %int1_39 : !torch.vtensor<[?,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[?,4],f32>
    torch.bind_symbolic_shape %50, [%0], affine_map<()[s0] -> (s0, 4)> : !torch.vtensor<[?,4],f32>
    %int1_40 = torch.constant.int 1
    %51 = torch.aten.add.Tensor %31, %39, %int1_40 : !torch.vtensor<[?,16],f32>, !torch.vtensor<[?,16],f32>, !torch.int -> !torch.vtensor<[?,16],f32>
    torch.bind_symbolic_shape %51, [%0], affine_map<()[s0] -> (s0, 16)> : !torch.vtensor<[?,16],f32>
    %int1_41 = torch.constant.int 1
    %52 = torch.aten.add.Tensor %51, %44, %int1_41 : !torch.vtensor<[?,16],f32>, !torch.vtensor<[?,16],f32>, !torch.int -> !torch.vtensor<[?,16],f32>
    torch.bind_symbolic_shape %52, [%0], affine_map<()[s0] -> (s0, 16)> : !torch.vtensor<[?,16],f32>
    %53 = torch.prim.ListConstruct %7, %17, %30, %38 : (!torch.vtensor<[],i1>, !torch.vtensor<[],i1>, !torch.vtensor<[],i1>, !torch.vtensor<[],i1>) -> !torch.list<vtensor>
    %int0_42 = torch.constant.int 0
    %54 = torch.aten.stack %53, %int0_42 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[4],i1>
    return %50, %23, %52, %46, %47, %49, %54 : !torch.vtensor<[?,4],f32>, !torch.vtensor<[?,8],f32>, !torch.vtensor<[?,16],f32>, !torch.vtensor<[?,16],si64>, !torch.vtensor<[?],si64>, !torch.vtensor<[?,16],i1>, !torch.vtensor<[4],i1>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_20_8_torch.float32: "0x0400000062FE533EB8DDD5BFB02917C0AC2B37BF7B0BE3BE429DF4BEA58BB23F2DDC24BF1737BCBE85794ABD4332C43FE44D803FE68CEFBE479DA63C1F180A3F92DD2F3FBBB85E3F00828A3EAE1B243FFA87614084E7B73D3439383E86F83F3E2A9A963E277CD13F6056D5BEA46A843F737CC23F405F5F3E0BBD1CC05C98043E35C9813E99C89E3F3DE9983E64C74C3FE487263C90F88FBEDEE698BD672BE83F7B7E2EBF54070E3F65D0B63EA8019EBE282385BEC039283E4A4D8E3E81ED83BF077E05BF3C40B23F756CCEBEDDE907BFEAA3293FDE9847BF3849B23EE988403FCEA14ABFA0127DBFD7B26A3FA8FDBA3FF959A0BF240A4F3F93E34E3F66A1C53EAEBBA5BF0FAB6DBF706462BFC478BA3EA6AEDD3F24D8AF3E7BCD363ECB5313BFEAE0883F5B34D23FBEC9C63E537B8C3E8C28C2BE1E8418BEC887AEBF7CBA8DBD2505B93ED2325EBF4D040440C57AED3E18C33DC03AF0A63DA33232BFB9DD1BBFD5560E3FA10DD13EDEAE5E3F9E262B3F7AA6AD3D329528BEFEFECABEB44736BE11C958BE7A1AA0BF931E61BEC280A43D43AD2E3E266A3FBF3A53003E1D5EB7BF51B148BFF77E973FFBE21C3E5932A0BFA34848BF4754A73F57A678BF89575ABEB01F0F3E1F2AA0BF8EEAB2BFC9E94C3F98A33E405688423F936209C076E14CBFAF9DF6BE2D672BBF68F4AABFC81DD2BD8D8C06BFB6CB45BE0D7EA5BFC0ED01BF969548BEB574E23E32FF103D049D1C3E2CE97EBFD6B8C0BC9BEB0BC036D8B23E281FBEBEBF6C1E4062FD8C3F1C32B73FB298E6BFA8C487BE397EC43F21B63A3E8EE83E3F8B4418C084291C3CFBCEFE3E3E2C973FE0FA213E69EE9CBE91B2C63EA47E303F5C4199BE549AB63F0DE2663EC374693F44B21EBF1B3A84BFCBCF2F3D41F01F3F"
    }
  }
#-}
